note
	description: "A bank account"
class
	ACCOUNT

inherit
	ANY
		redefine
			out
		end

create
	make

feature -- Initialization

	make (initial: INTEGER)
			-- Create with `initial' balance.
		require
			non_negative: initial >= 0
		do
			balance := initial
		ensure
			balance_set: balance = initial
		end

feature -- Access

	balance: INTEGER

	deposit (sum: INTEGER)
		do
			balance := balance + sum
			if balance > 1_000 then
				print ("Rich!%N")
			end
		end

	out: STRING
		do
			Result := "Balance: " + balance.out + ' ' .out
		end

end
