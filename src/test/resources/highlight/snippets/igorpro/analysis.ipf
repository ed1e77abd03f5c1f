#pragma rtGlobals=3		// Use modern global access method
#include <Peak AutoFind>

// Fit a gaussian to every wave in the current folder
Function FitAll(prefix, [quiet])
	String prefix
	Variable quiet
	Variable i, n
	String list = WaveList(prefix + "*", ";", "")
	n = ItemsInList(list)
	for (i = 0; i < n; i += 1)
		Wave w = $StringFromList(i, list)
		CurveFit/Q/N gauss w /D
		if (!quiet)
			Printf "%s: width=%g\r", NameOfWave(w), K3
		endif
	endfor
	return n
End

Macro MakeData()
	Make/O/N=100 data = gnoise(1) + exp(-(x-50)^2/20)
	Display data
	ModifyGraph mode=3, marker=19
EndMacro

static StrConstant kName = "analysis"
