Some text.

    alert "hi"
