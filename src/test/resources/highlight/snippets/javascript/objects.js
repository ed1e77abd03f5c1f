var config = {
  title: "My \"Blog\"",
  url: 'https://example.com',
  nested: { enabled: true, retries: 3, ratio: 0.75 },
  tags: ['a', 'b'],
  render: function (x) {
    return x ? x.toString() : undefined;
  }
};

outer: for (var i = 0; i < 10; i++) {
  switch (i % 3) {
    case 0: continue outer;
    default:
      console.log(i);
  }
}
var total = [1, 2, 3].reduce((a, b) => a + b, 0) / 3;
