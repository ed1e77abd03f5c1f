Some prior text that is ignored.

*** Settings ***
Documentation     A test suite with a single test for valid login.
Library           SeleniumLibrary
Resource          resource.robot
Suite Setup       Open Browser To Login Page
Test Template     Login With Credentials

*** Variables ***
