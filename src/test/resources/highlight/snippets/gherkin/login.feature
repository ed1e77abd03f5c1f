# language: en
@auth @smoke
Feature: User login
  As a registered user
  I want to log in
  So that I can see my dashboard

  Background:
    Given the site is up

  Scenario: Successful login
    Given I am on the "login" page
    When I fill in "email" with "user@example.com"
    And I fill in "password" with "secret"
    Then I should see "Welcome"
    But I should not see "Error"

  @wip
  Scenario Outline: Failed login
    Given I log in as <user> with <password>
    Then I should see "<message>"

    Examples:
      | user  | password | message        |
      | alice | wrong    | Bad password   |
      | bob   |          | Missing field  |

  Scenario: With doc string
    Given a file with:
      """
      some content
      """
