$config = @{
    Title = 'My Blog'
    Port  = 4000
    Tags  = @('a', 'b')
}
$config.Keys | Sort-Object | ForEach-Object { "{0} = {1}" -f $_, $config[$_] }
$here = @"
Multi-line $($config.Title)
"@
[int]$n = 3.5
$null = Invoke-WebRequest -Uri https://example.com -UseBasicParsing
