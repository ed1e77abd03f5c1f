-- Show a notification for each file
(* block
   comment *)
property greeting : "Hello"
set fileList to {"a.txt", "b.txt"}
set total to 0

on notifyUser(theTitle, theMessage)
	display notification theMessage with title theTitle
end notifyUser

tell application "Finder"
	set theCount to count of (every file of desktop)
	repeat with f in fileList
		set total to total + 1
		if total > 1 and theCount ≥ 2 then
			my notifyUser(greeting, "File " & f as text)
		else
			log "skipping"
		end if
	end repeat
end tell
considering case
	set r to "abc" is equal to "ABC"
end considering
set x to 3.5e2 * 10 mod 3
«event sysonotf»
