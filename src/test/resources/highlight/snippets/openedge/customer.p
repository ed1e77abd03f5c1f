/* List customers by balance */
DEFINE VARIABLE iCount AS INTEGER NO-UNDO INITIAL 0.
DEFINE VARIABLE cName  AS CHARACTER NO-UNDO.

FOR EACH Customer NO-LOCK WHERE Customer.Balance > 1000.50
    BY Customer.Name:
    iCount = iCount + 1.
    DISPLAY Customer.Name Customer.Balance FORMAT "->>,>>9.99".
END.

IF iCount = 0 THEN
    MESSAGE "No customers found" VIEW-AS ALERT-BOX.
ELSE
    MESSAGE 'Found ' + STRING(iCount) + " customers".

PROCEDURE greet:
    DEFINE INPUT PARAMETER pName AS CHARACTER.
    RETURN "Hello " + pName.
END PROCEDURE.
