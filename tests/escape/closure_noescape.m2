./closure_noescape.go:4:2: main capturing by value: x (addr=false assign=false width=8)
./closure_noescape.go:7:2: main capturing by ref: y (addr=false assign=true width=8)
./closure_noescape.go:5:7: func literal does not escape
./closure_noescape.go:8:7: func literal does not escape
