// An account object
Account := Object clone do(
    balance := 0
    deposit := method(amount,
        balance = balance + amount
        self
    )
)
/* block comment */
acct := Account clone
acct deposit(10.5) deposit(0x1F)
# hash comment
list(1, 2, 3) foreach(i, v, writeln("item ", i, ": ", v))
if(acct balance > 10, "rich" println, "poor" println)
"""triple quoted""" println
