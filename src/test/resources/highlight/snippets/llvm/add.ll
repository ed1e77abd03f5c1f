; ModuleID = 'add.c'
source_filename = "add.c"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [13 x i8] c"sum: %d\0A\00", align 1

define dso_local i32 @add(i32 %a, i32 %b) #0 {
entry:
  %sum = add nsw i32 %a, %b
  %cmp = icmp sgt i32 %sum, 0
  br i1 %cmp, label %pos, label %neg
pos:
  ret i32 %sum
neg:
  %r = call i32 (i8*, ...) @printf(i8* getelementptr ([13 x i8], [13 x i8]* @.str, i64 0, i64 0), i32 %sum)
  ret i32 0
}

declare i32 @printf(i8*, ...)
attributes #0 = { noinline nounwind }
!0 = !{i32 1, !"wchar_size", i32 4}
