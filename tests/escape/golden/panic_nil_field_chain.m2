./panic_nil_field_chain.go:16:16: n.Name escapes to heap:
./panic_nil_field_chain.go:16:16:   flow: {storage for ... argument} = &{storage for n.Name}:
./panic_nil_field_chain.go:16:16:     from n.Name (spill) at ./panic_nil_field_chain.go:16:16
./panic_nil_field_chain.go:16:16:     from ... argument (slice-literal-element) at ./panic_nil_field_chain.go:16:14
./panic_nil_field_chain.go:16:16:   flow: {heap} = {storage for ... argument}:
./panic_nil_field_chain.go:16:16:     from ... argument (spill) at ./panic_nil_field_chain.go:16:14
./panic_nil_field_chain.go:16:16:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_field_chain.go:16:14
./panic_nil_field_chain.go:13:21: &Node{...} escapes to heap:
./panic_nil_field_chain.go:13:21:   flow: {storage for &Node{...}} = &{storage for &Node{...}}:
./panic_nil_field_chain.go:13:21:     from &Node{...} (spill) at ./panic_nil_field_chain.go:13:21
./panic_nil_field_chain.go:13:21:     from Node{...} (struct literal element) at ./panic_nil_field_chain.go:13:15
./panic_nil_field_chain.go:13:21:   flow: list = &{storage for &Node{...}}:
./panic_nil_field_chain.go:13:21:     from &Node{...} (spill) at ./panic_nil_field_chain.go:13:10
./panic_nil_field_chain.go:13:21:     from list := &Node{...} (assign) at ./panic_nil_field_chain.go:13:7
./panic_nil_field_chain.go:13:21:   flow: n = list:
./panic_nil_field_chain.go:13:21:     from n := list (assign) at ./panic_nil_field_chain.go:14:4
./panic_nil_field_chain.go:13:21:   flow: {storage for n.Name} = *n:
./panic_nil_field_chain.go:13:21:     from n.Name (dot of pointer) at ./panic_nil_field_chain.go:16:16
./panic_nil_field_chain.go:13:21:     from n.Name (interface-converted) at ./panic_nil_field_chain.go:16:16
./panic_nil_field_chain.go:13:32: &Node{...} escapes to heap:
./panic_nil_field_chain.go:13:32:   flow: {storage for &Node{...}} = &{storage for &Node{...}}:
./panic_nil_field_chain.go:13:32:     from &Node{...} (spill) at ./panic_nil_field_chain.go:13:32
./panic_nil_field_chain.go:13:32:     from Node{...} (struct literal element) at ./panic_nil_field_chain.go:13:26
./panic_nil_field_chain.go:13:10: &Node{...} does not escape
./panic_nil_field_chain.go:13:21: &Node{...} escapes to heap
./panic_nil_field_chain.go:13:32: &Node{...} escapes to heap
./panic_nil_field_chain.go:16:14: ... argument does not escape
./panic_nil_field_chain.go:16:16: n.Name escapes to heap
