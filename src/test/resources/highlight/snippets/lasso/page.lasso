<!DOCTYPE html>
<html>
<body>
[
  // Greet the visitor
  local(name = web_request->param('name') || 'world')
  local(items = array(1, 2, 3))
]
<h1>Hello, [#name]!</h1>
<?lasso
  define greet(who::string) => {
    return 'Hi ' + #who + '!'
  }
  with i in #items do {
    output(greet('user ' + #i))
  }
  /* totals */
  var(total = 0.5 * 10)
  if($total > 4) => { 'big' else 'small' }
?>
</body>
</html>
