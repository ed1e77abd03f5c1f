* Simple ABAP report
REPORT z_hello.

DATA: lv_count TYPE i VALUE 0,
      lt_names TYPE TABLE OF string.

" inline comment
START-OF-SELECTION.
  APPEND 'Alice' TO lt_names.
  APPEND `Bob` TO lt_names.
  LOOP AT lt_names INTO DATA(lv_name).
    lv_count = lv_count + 1.
    WRITE: / |Hello { lv_name }!|, lv_count.
  ENDLOOP.
  IF lv_count > 1 AND lv_count <= 10.
    cl_demo_output=>display( lines( lt_names ) ).
  ENDIF.
  DATA(lo_obj) = NEW zcl_helper( ).
  lo_obj->run( iv_text = 'x' ).
