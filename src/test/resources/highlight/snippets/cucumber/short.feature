Feature: Addition
  Scenario: Add two numbers
    Given I have entered 50 into the calculator
    Then the result should be 120
