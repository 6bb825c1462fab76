./closure_noescape.go:5:7: func literal does not escape
./closure_noescape.go:8:7: func literal does not escape
