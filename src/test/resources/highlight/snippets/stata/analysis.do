* Stata analysis script
clear all
set more off
use "data/survey.dta", clear
// summarize key variables
summarize income age, detail
generate log_income = log(income) if income > 0
replace age = . if age < 0
local controls "age female educ"
foreach v of varlist `controls' {
    display "Variable: `v'"
}
regress log_income `controls', robust
/* block
   comment */
scalar r2 = e(r2)
tabulate region, missing
