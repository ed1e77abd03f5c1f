{* Smarty template *}
<!DOCTYPE html>
<html>
<head><title>{$title|escape}</title></head>
<body>
{if $user.loggedIn && $user.age > 18}
  <p>Welcome, {$user.name|capitalize}!</p>
{elseif $guest}
  <p>Hello guest</p>
{else}
  <a href="/login">Log in</a>
{/if}
<ul>
{foreach from=$items item=item key=i}
  <li class="item-{$i}">{$item.title} - {$item.price|string_format:"%.2f"}</li>
{/foreach}
</ul>
{include file="footer.tpl" year=2024}
{literal}<script>var x = {a: 1};</script>{/literal}
</body>
</html>
