class Post {
    [string]$Title
    [datetime]$Date

    Post([string]$title) {
        $this.Title = $title
        $this.Date = Get-Date
    }
}
$p = [Post]::new("Hello")
try { throw "boom" } catch { Write-Error $_.Exception.Message } finally { exit 0 }
