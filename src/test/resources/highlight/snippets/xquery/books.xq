xquery version "3.1";
declare namespace bk = "http://example.com/books";
declare variable $limit as xs:integer := 10;

(: a function :)
declare function local:price($b as element()) as xs:decimal {
  xs:decimal($b/price) * 1.2
};

<catalog count="{count(//book)}">{
  for $b at $i in doc("books.xml")//book
  let $p := local:price($b)
  where $p > 30 and $b/@lang = 'en'
  order by $p descending
  return
    <book rank="{$i}">
      <title>{ $b/title/text() }</title>
      <price>{ round($p) }</price>
    </book>
}</catalog>
