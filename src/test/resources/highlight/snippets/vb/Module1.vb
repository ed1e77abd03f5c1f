' A small VB.NET program
Imports System
Imports System.Collections.Generic

Namespace Demo
    ''' <summary>Entry point.</summary>
    Public Module Program
        Private Const Greeting As String = "Hello, ""world"""

        Sub Main(args As String())
            Dim numbers As New List(Of Integer) From {1, 2, 3}
            Dim total As Integer = 0
            For Each n In numbers
                total += n
            Next
            If total > 5 AndAlso Not args Is Nothing Then
                Console.WriteLine(Greeting & " " & total.ToString())
            ElseIf total = 0 Then
                Console.WriteLine("zero")
            End If
            Dim h = &H1F, f = 3.14F, d = #12/31/2020#
            Select Case total
                Case 1 To 5 : Console.WriteLine("small")
                Case Else
            End Select
        End Sub

        Function Square(ByVal x As Double) As Double
            Return x * x
        End Function
    End Module
End Namespace
#If DEBUG Then
#End If
