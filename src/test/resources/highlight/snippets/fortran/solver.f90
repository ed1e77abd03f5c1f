! Solve a small linear system
program solver
  implicit none
  integer, parameter :: n = 3
  real(kind=8) :: a(n, n), b(n), x(n)
  integer :: i
  character(len=*), parameter :: msg = "done"

  a = reshape([4.0d0, 1.0d0, 0.0d0, 1.0d0, 4.0d0, 1.0d0, 0.0d0, 1.0d0, 4.0d0], [n, n])
  b = (/ 1.0, 2.0, 3.0 /)
  do i = 1, n
    if (a(i, i) .eq. 0.0 .and. .not. .true.) then
      print *, 'zero pivot at ', i
      stop 1
    end if
  end do
  call gauss(a, b, x)
  write (*, '(3F10.4)') x
  print *, msg, 1.5e-3_8, z'FF'
contains
  subroutine gauss(a, b, x)
    real(kind=8), intent(inout) :: a(:, :), b(:)
    real(kind=8), intent(out) :: x(:)
    x = b / 2
  end subroutine gauss
end program solver
