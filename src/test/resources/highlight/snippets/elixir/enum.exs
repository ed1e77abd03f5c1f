posts = [%{title: "Hello", views: 10}, %{title: "World", views: 1_000}]

posts
|> Enum.filter(fn %{views: v} -> v > 5 end)
|> Enum.map(&String.upcase(&1.title))
|> IO.inspect(label: "titles")

case File.read("x.txt") do
  {:ok, body} -> IO.puts("read #{byte_size(body)} bytes")
  {:error, reason} when reason in [:enoent] -> :missing
  _ -> nil
end
