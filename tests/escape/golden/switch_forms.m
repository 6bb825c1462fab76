./switch_forms.go:34:12: ... argument does not escape
./switch_forms.go:34:13: "zero " escapes to heap
./switch_forms.go:37:12: ... argument does not escape
./switch_forms.go:37:13: "one " escapes to heap
./switch_forms.go:40:12: ... argument does not escape
./switch_forms.go:40:13: "two " escapes to heap
./switch_forms.go:42:12: ... argument does not escape
./switch_forms.go:42:13: "three " escapes to heap
./switch_forms.go:45:12: ... argument does not escape
./switch_forms.go:45:13: "default " escapes to heap
./switch_forms.go:59:12: ... argument does not escape
./switch_forms.go:59:17: kind(r) escapes to heap
./switch_forms.go:59:22: " " escapes to heap
./switch_forms.go:62:13: ... argument does not escape
./switch_forms.go:62:17: day(0) escapes to heap
./switch_forms.go:62:25: day(3) escapes to heap
./switch_forms.go:62:33: day(9) escapes to heap
./switch_forms.go:69:14: ... argument does not escape
./switch_forms.go:69:15: "short" escapes to heap
./switch_forms.go:71:14: ... argument does not escape
./switch_forms.go:71:15: "full" escapes to heap
./switch_forms.go:71:26: len(s) escapes to heap
./switch_forms.go:76:14: ... argument does not escape
./switch_forms.go:76:15: "big" escapes to heap
./switch_forms.go:80:14: ... argument does not escape
./switch_forms.go:80:15: "not reached" escapes to heap
./switch_forms.go:82:14: ... argument does not escape
./switch_forms.go:82:15: "medium" escapes to heap
./switch_forms.go:88:14: ... argument does not escape
./switch_forms.go:88:15: "zero" escapes to heap
./switch_forms.go:90:14: ... argument does not escape
./switch_forms.go:90:15: "matched second case, calls =" escapes to heap
./switch_forms.go:90:15: calls escapes to heap
./switch_forms.go:92:14: ... argument does not escape
./switch_forms.go:92:15: "third" escapes to heap
./switch_forms.go:98:14: ... argument does not escape
./switch_forms.go:98:15: "float case" escapes to heap
./switch_forms.go:103:14: ... argument does not escape
./switch_forms.go:103:15: "wrapped to 44" escapes to heap
./switch_forms.go:105:14: ... argument does not escape
./switch_forms.go:105:15: "no" escapes to heap
./switch_forms.go:113:14: ... argument does not escape
./switch_forms.go:113:15: "default only" escapes to heap
./switch_forms.go:118:14: ... argument does not escape
./switch_forms.go:118:15: "no" escapes to heap
./switch_forms.go:120:14: ... argument does not escape
./switch_forms.go:120:15: "false case" escapes to heap
