use "collections"

actor Main
  """
  A Pony program.
  """
  let _env: Env
  var _count: U64 = 0

  new create(env: Env) =>
    _env = env
    let names = Array[String].create()
    names.push("alice")
    for i in Range(0, 10) do
      _count = _count + i.u64()
    end
    // print the result
    env.out.print("count: " + _count.string() + ' ' + 0xFF.string())
    try risky()? else env.err.print("failed") end

  fun ref risky(): F64 ? =>
    if _count > 3 then error end
    1.5e3
