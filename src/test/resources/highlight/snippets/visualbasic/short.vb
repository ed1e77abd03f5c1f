Dim s As String = "hi" ' comment
MsgBox(s)
