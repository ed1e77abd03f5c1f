# Praat script: measure pitch
form Measure pitch
    sentence File_name sound.wav
    positive Time_step 0.01
endform

sound = Read from file: file_name$
selectObject: sound
pitch = To Pitch: time_step, 75, 600
mean = Get mean: 0, 0, "Hertz"
writeInfoLine: "Mean pitch: ", fixed$(mean, 2), " Hz"
for i from 1 to 5
    value = Get value in frame: i, "Hertz"
    if value <> undefined and value > 100.5
        appendInfoLine: "frame ", i, ": ", value
    endif
endfor
removeObject: pitch
