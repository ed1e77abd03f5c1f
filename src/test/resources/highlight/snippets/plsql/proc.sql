-- Raise salaries for a department
CREATE OR REPLACE PROCEDURE raise_salary (
  p_dept_id IN employees.department_id%TYPE,
  p_pct     IN NUMBER DEFAULT 5
) AS
  v_count PLS_INTEGER := 0;
  v_msg   VARCHAR2(200) := q'[It's done]';
  CURSOR c_emp IS
    SELECT employee_id, salary FROM employees WHERE department_id = p_dept_id;
BEGIN
  /* loop over employees */
  FOR r IN c_emp LOOP
    UPDATE employees
       SET salary = salary * (1 + p_pct / 100)
     WHERE employee_id = r.employee_id;
    v_count := v_count + 1;
  END LOOP;
  DBMS_OUTPUT.PUT_LINE('Updated ' || TO_CHAR(v_count) || ' rows, ' || v_msg);
  COMMIT;
EXCEPTION
  WHEN NO_DATA_FOUND THEN
    RAISE_APPLICATION_ERROR(-20001, 'No employees: "' || p_dept_id || '"');
END raise_salary;
/
