' Channel entry point
Sub Main()
    screen = CreateObject("roSGScreen")
    port = CreateObject("roMessagePort")
    screen.setMessagePort(port)
    scene = screen.CreateScene("MainScene")
    screen.show()
    count% = 0
    ratio! = 2.5
    while true
        msg = wait(0, port)
        if type(msg) = "roSGScreenEvent" and msg.isScreenClosed() then return
        count% = count% + 1
    end while
End Sub

Function Square(x as Integer) as Integer
    REM another comment
    return x * x
End Function
