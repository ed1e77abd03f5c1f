enum LoadError: Error { case missing(String), invalid }

func load(_ path: String) throws -> Data {
    guard FileManager.default.fileExists(atPath: path) else {
        throw LoadError.missing(path)
    }
    /* nested /* comment */ ok */
    let (data, _) = (try Data(contentsOf: URL(fileURLWithPath: path)), 0x1F)
    return data
}

let ratio = 1_000.5e-3, flag = true, nothing: Int? = nil
if #available(iOS 15, *) { print('c') }
