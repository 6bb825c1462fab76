./panic_recovered_chain_methods.go:7:66: int(c) escapes to heap:
./panic_recovered_chain_methods.go:7:66:   flow: {storage for ... argument} = &{storage for int(c)}:
./panic_recovered_chain_methods.go:7:66:     from int(c) (spill) at ./panic_recovered_chain_methods.go:7:66
./panic_recovered_chain_methods.go:7:66:     from ... argument (slice-literal-element) at ./panic_recovered_chain_methods.go:7:51
./panic_recovered_chain_methods.go:7:66:   flow: {heap} = {storage for ... argument}:
./panic_recovered_chain_methods.go:7:66:     from ... argument (spill) at ./panic_recovered_chain_methods.go:7:51
./panic_recovered_chain_methods.go:7:66:     from fmt.Sprintf("code-%d", ... argument...) (call parameter) at ./panic_recovered_chain_methods.go:7:51
./panic_recovered_chain_methods.go:7:51: ... argument does not escape
./panic_recovered_chain_methods.go:7:66: int(c) escapes to heap
./panic_recovered_chain_methods.go:11:48: f.Op + " failed" escapes to heap:
./panic_recovered_chain_methods.go:11:48:   flow: ~r0 = &{storage for f.Op + " failed"}:
./panic_recovered_chain_methods.go:11:48:     from f.Op + " failed" (spill) at ./panic_recovered_chain_methods.go:11:48
./panic_recovered_chain_methods.go:11:48:     from return f.Op + " failed" (return) at ./panic_recovered_chain_methods.go:11:36
./panic_recovered_chain_methods.go:11:7: f does not escape
./panic_recovered_chain_methods.go:11:48: f.Op + " failed" escapes to heap
./panic_recovered_chain_methods.go:15:9: &Failure{...} escapes to heap:
./panic_recovered_chain_methods.go:15:9:   flow: {heap} = &{storage for &Failure{...}}:
./panic_recovered_chain_methods.go:15:9:     from &Failure{...} (spill) at ./panic_recovered_chain_methods.go:15:9
./panic_recovered_chain_methods.go:15:9:     from &Failure{...} (interface-converted) at ./panic_recovered_chain_methods.go:15:17
./panic_recovered_chain_methods.go:15:9:     from panic(&Failure{...}) (call parameter) at ./panic_recovered_chain_methods.go:15:8
./panic_recovered_chain_methods.go:20:8: Code(7) escapes to heap:
./panic_recovered_chain_methods.go:20:8:   flow: {heap} = &{storage for Code(7)}:
./panic_recovered_chain_methods.go:20:8:     from Code(7) (spill) at ./panic_recovered_chain_methods.go:20:8
./panic_recovered_chain_methods.go:20:8:     from panic(Code(7)) (call parameter) at ./panic_recovered_chain_methods.go:20:8
./panic_recovered_chain_methods.go:22:8: &Failure{...} escapes to heap:
./panic_recovered_chain_methods.go:22:8:   flow: {heap} = &{storage for &Failure{...}}:
./panic_recovered_chain_methods.go:22:8:     from &Failure{...} (spill) at ./panic_recovered_chain_methods.go:22:8
./panic_recovered_chain_methods.go:22:8:     from &Failure{...} (interface-converted) at ./panic_recovered_chain_methods.go:22:16
./panic_recovered_chain_methods.go:22:8:     from panic(&Failure{...}) (call parameter) at ./panic_recovered_chain_methods.go:22:7
./panic_recovered_chain_methods.go:19:15: "recovered" escapes to heap:
./panic_recovered_chain_methods.go:19:15:   flow: {storage for ... argument} = &{storage for "recovered"}:
./panic_recovered_chain_methods.go:19:15:     from "recovered" (spill) at ./panic_recovered_chain_methods.go:19:15
./panic_recovered_chain_methods.go:19:15:     from ... argument (slice-literal-element) at ./panic_recovered_chain_methods.go:19:14
./panic_recovered_chain_methods.go:19:15:   flow: {heap} = {storage for ... argument}:
./panic_recovered_chain_methods.go:19:15:     from ... argument (spill) at ./panic_recovered_chain_methods.go:19:14
./panic_recovered_chain_methods.go:19:15:     from fmt.Println(... argument...) (call parameter) at ./panic_recovered_chain_methods.go:19:14
./panic_recovered_chain_methods.go:14:8: func literal does not escape
./panic_recovered_chain_methods.go:15:9: &Failure{...} escapes to heap
./panic_recovered_chain_methods.go:17:8: func literal does not escape
./panic_recovered_chain_methods.go:19:14: ... argument does not escape
./panic_recovered_chain_methods.go:19:15: "recovered" escapes to heap
./panic_recovered_chain_methods.go:20:8: Code(7) escapes to heap
./panic_recovered_chain_methods.go:22:8: &Failure{...} escapes to heap
