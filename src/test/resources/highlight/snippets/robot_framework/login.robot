Some prior text that is ignored.

*** Settings ***
Documentation     A test suite with a single test for valid login.
Library           SeleniumLibrary
Resource          resource.robot
Suite Setup       Open Browser To Login Page
Test Template     Login With Credentials

*** Variables ***
${SERVER}         localhost:7272
@{USERS}          alice    bob    carol
&{CREDS}          user=demo    pass=mode

*** Test Cases ***
Valid Login
    [Tags]    smoke    login
    Given browser is opened to login page
    When user "demo" logs in with password "mode"
    Then welcome page should be open
    ${result}=    Get Title
    Should Be Equal    ${result}    Welcome Page    # a comment
    FOR    ${user}    IN    @{USERS}
        Log    ${user}
    END

*** Keywords ***
Login With Credentials
    [Arguments]    ${username}    ${password}
    Input Text    username_field    ${username}
    ...    extra argument
    Submit Credentials
