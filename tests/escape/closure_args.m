./closure_args.go:4:12: p does not escape
./closure_args.go:7:7: q does not escape
./closure_args.go:4:7: func literal does not escape
./closure_args.go:7:2: func literal does not escape
