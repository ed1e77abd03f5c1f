#requires -version 5.1
param(
    [Parameter(Mandatory = $true)]
    [string]$Path,
    [switch]$Force
)

<#
.SYNOPSIS
    Deploys the site.
#>
function Publish-Site {
    $files = Get-ChildItem -Path $Path -Recurse -Filter *.html
    foreach ($f in $files) {
        Write-Host "Uploading $($f.Name) to $env:TARGET"
    }
    if ($files.Count -gt 0 -and -not $Force) { return $true }
}
