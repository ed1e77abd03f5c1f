<!DOCTYPE html>
<html lang="en-US">
  <meta charset="utf-8">
  <title>Redirecting&hellip;</title>
  <link rel="canonical" href="http://example.com/contact.html">
  <script>location="http://example.com/contact.html"</script>
  <meta http-equiv="refresh" content="0; url=http://example.com/contact.html">
  <meta name="robots" content="noindex">
  <h1>Redirecting&hellip;</h1>
  <a href="http://example.com/contact.html">Click here if you are not redirected.</a>
</html>
