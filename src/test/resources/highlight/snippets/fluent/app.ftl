## Application strings
# A comment
hello = Hello, world!
welcome = Welcome, { $user }!
emails =
    { $count ->
        [one] You have one new email.
       *[other] You have { $count } new emails.
    }
-brand-name = Firefox
about = About { -brand-name }
login-input =
    .placeholder = email@example.com
    .aria-label = Login input value
number = { NUMBER($ratio, minimumFractionDigits: 2) } { "literal" }
