' A Xojo method
Sub Open()
  Dim count As Integer = 0
  Dim name As String = "World"
  // Loop and greet
  For i As Integer = 1 To 10
    count = count + i
    If count > 20 And Not False Then
      Exit For
    End If
  Next
  MsgBox("Hello, " + name + " " + Str(count))
  Var ratio As Double = 1.5e3
  Rem old style comment
  Return
End Sub
