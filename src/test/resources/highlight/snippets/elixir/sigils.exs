regex = ~r/^[a-z]+$/i
words = ~w(alpha beta gamma)a
str = ~S(no #{interp} here)
html = ~s{<p class="x">#{name}</p>}
pi = 3.14159e0
hex = 0xFF; bin = 0b1010; oct = 0o17
char = ?a
atom = :"quoted atom"
send(self(), {:msg, __MODULE__})
