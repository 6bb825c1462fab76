./panic_error_chain_methods.go:7:7: parameter w leaks to {heap} with derefs=1:
./panic_error_chain_methods.go:7:7:   flow: {heap} = *w:
./panic_error_chain_methods.go:7:7:     from w.err (dot of pointer) at ./panic_error_chain_methods.go:7:58
./panic_error_chain_methods.go:7:7:     from w.err.Error() (call parameter) at ./panic_error_chain_methods.go:7:68
./panic_error_chain_methods.go:7:55: "wrapped: " + w.err.Error() escapes to heap:
./panic_error_chain_methods.go:7:55:   flow: ~r0 = &{storage for "wrapped: " + w.err.Error()}:
./panic_error_chain_methods.go:7:55:     from "wrapped: " + w.err.Error() (spill) at ./panic_error_chain_methods.go:7:55
./panic_error_chain_methods.go:7:55:     from return "wrapped: " + w.err.Error() (return) at ./panic_error_chain_methods.go:7:36
./panic_error_chain_methods.go:7:7: leaking param content: w
./panic_error_chain_methods.go:7:55: "wrapped: " + w.err.Error() escapes to heap
./panic_error_chain_methods.go:11:9: &wrapped{...} escapes to heap:
./panic_error_chain_methods.go:11:9:   flow: {heap} = &{storage for &wrapped{...}}:
./panic_error_chain_methods.go:11:9:     from &wrapped{...} (spill) at ./panic_error_chain_methods.go:11:9
./panic_error_chain_methods.go:11:9:     from &wrapped{...} (interface-converted) at ./panic_error_chain_methods.go:11:28
./panic_error_chain_methods.go:11:9:     from panic(&wrapped{...}) (call parameter) at ./panic_error_chain_methods.go:11:8
./panic_error_chain_methods.go:10:8: func literal does not escape
./panic_error_chain_methods.go:11:9: &wrapped{...} escapes to heap
