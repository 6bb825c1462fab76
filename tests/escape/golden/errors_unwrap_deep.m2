./errors_unwrap_deep.go:23:66: l.n escapes to heap:
./errors_unwrap_deep.go:23:66:   flow: {storage for ... argument} = &{storage for l.n}:
./errors_unwrap_deep.go:23:66:     from l.n (spill) at ./errors_unwrap_deep.go:23:66
./errors_unwrap_deep.go:23:66:     from ... argument (slice-literal-element) at ./errors_unwrap_deep.go:23:52
./errors_unwrap_deep.go:23:66:   flow: {heap} = {storage for ... argument}:
./errors_unwrap_deep.go:23:66:     from ... argument (spill) at ./errors_unwrap_deep.go:23:52
./errors_unwrap_deep.go:23:66:     from fmt.Sprintf("level %d", ... argument...) (call parameter) at ./errors_unwrap_deep.go:23:52
./errors_unwrap_deep.go:23:7: l does not escape
./errors_unwrap_deep.go:23:52: ... argument does not escape
./errors_unwrap_deep.go:23:66: l.n escapes to heap
./errors_unwrap_deep.go:24:7: parameter l leaks to ~r0 with derefs=1:
./errors_unwrap_deep.go:24:7:   flow: ~r0 = *l:
./errors_unwrap_deep.go:24:7:     from l.next (dot of pointer) at ./errors_unwrap_deep.go:24:57
./errors_unwrap_deep.go:24:7:     from return l.next (return) at ./errors_unwrap_deep.go:24:49
./errors_unwrap_deep.go:24:7: leaking param: l to result ~r0 level=1
./errors_unwrap_deep.go:25:7: l does not escape
./errors_unwrap_deep.go:25:20: t does not escape
./errors_unwrap_deep.go:41:51: &level{...} escapes to heap:
./errors_unwrap_deep.go:41:51:   flow: {heap} = &{storage for &level{...}}:
./errors_unwrap_deep.go:41:51:     from &level{...} (spill) at ./errors_unwrap_deep.go:41:51
./errors_unwrap_deep.go:41:51:     from &level{...} (interface-converted) at ./errors_unwrap_deep.go:41:51
./errors_unwrap_deep.go:41:51:     from errors.Is(err, &level{...}) (call parameter) at ./errors_unwrap_deep.go:41:45
./errors_unwrap_deep.go:41:83: &level{...} escapes to heap:
./errors_unwrap_deep.go:41:83:   flow: {heap} = &{storage for &level{...}}:
./errors_unwrap_deep.go:41:83:     from &level{...} (spill) at ./errors_unwrap_deep.go:41:83
./errors_unwrap_deep.go:41:83:     from &level{...} (interface-converted) at ./errors_unwrap_deep.go:41:83
./errors_unwrap_deep.go:41:83:     from errors.Is(err, &level{...}) (call parameter) at ./errors_unwrap_deep.go:41:77
./errors_unwrap_deep.go:42:6: l escapes to heap:
./errors_unwrap_deep.go:42:6:   flow: {heap} = &l:
./errors_unwrap_deep.go:42:6:     from &l (address-of) at ./errors_unwrap_deep.go:43:29
./errors_unwrap_deep.go:42:6:     from &l (interface-converted) at ./errors_unwrap_deep.go:43:29
./errors_unwrap_deep.go:42:6:     from errors.As(err, &l) (call parameter) at ./errors_unwrap_deep.go:43:23
./errors_unwrap_deep.go:48:13: depth escapes to heap:
./errors_unwrap_deep.go:48:13:   flow: {storage for ... argument} = &{storage for depth}:
./errors_unwrap_deep.go:48:13:     from depth (spill) at ./errors_unwrap_deep.go:48:13
./errors_unwrap_deep.go:48:13:     from ... argument (slice-literal-element) at ./errors_unwrap_deep.go:48:13
./errors_unwrap_deep.go:48:13:   flow: {heap} = {storage for ... argument}:
./errors_unwrap_deep.go:48:13:     from ... argument (spill) at ./errors_unwrap_deep.go:48:13
./errors_unwrap_deep.go:48:13:     from fmt.Println(... argument...) (call parameter) at ./errors_unwrap_deep.go:48:13
./errors_unwrap_deep.go:43:35: l.n escapes to heap:
./errors_unwrap_deep.go:43:35:   flow: {storage for ... argument} = &{storage for l.n}:
./errors_unwrap_deep.go:43:35:     from l.n (spill) at ./errors_unwrap_deep.go:43:35
./errors_unwrap_deep.go:43:35:     from ... argument (slice-literal-element) at ./errors_unwrap_deep.go:43:13
./errors_unwrap_deep.go:43:35:   flow: {heap} = {storage for ... argument}:
./errors_unwrap_deep.go:43:35:     from ... argument (spill) at ./errors_unwrap_deep.go:43:13
./errors_unwrap_deep.go:43:35:     from fmt.Println(... argument...) (call parameter) at ./errors_unwrap_deep.go:43:13
./errors_unwrap_deep.go:43:23: errors.As(err, &l) escapes to heap:
./errors_unwrap_deep.go:43:23:   flow: {storage for ... argument} = &{storage for errors.As(err, &l)}:
./errors_unwrap_deep.go:43:23:     from errors.As(err, &l) (spill) at ./errors_unwrap_deep.go:43:23
./errors_unwrap_deep.go:43:23:     from ... argument (slice-literal-element) at ./errors_unwrap_deep.go:43:13
./errors_unwrap_deep.go:43:23:   flow: {heap} = {storage for ... argument}:
./errors_unwrap_deep.go:43:23:     from ... argument (spill) at ./errors_unwrap_deep.go:43:13
./errors_unwrap_deep.go:43:23:     from fmt.Println(... argument...) (call parameter) at ./errors_unwrap_deep.go:43:13
./errors_unwrap_deep.go:35:9: &level{...} escapes to heap:
./errors_unwrap_deep.go:35:9:   flow: err = &{storage for &level{...}}:
./errors_unwrap_deep.go:35:9:     from &level{...} (spill) at ./errors_unwrap_deep.go:35:9
./errors_unwrap_deep.go:35:9:     from &level{...} (interface-converted) at ./errors_unwrap_deep.go:35:3
./errors_unwrap_deep.go:35:9:     from err = &level{...} (assign) at ./errors_unwrap_deep.go:35:7
./errors_unwrap_deep.go:35:9:   flow: {heap} = err:
./errors_unwrap_deep.go:35:9:     from errors.Is(err, root) (call parameter) at ./errors_unwrap_deep.go:41:23
./errors_unwrap_deep.go:41:77: errors.Is(err, &level{...}) escapes to heap:
./errors_unwrap_deep.go:41:77:   flow: {storage for ... argument} = &{storage for errors.Is(err, &level{...})}:
./errors_unwrap_deep.go:41:77:     from errors.Is(err, &level{...}) (spill) at ./errors_unwrap_deep.go:41:77
./errors_unwrap_deep.go:41:77:     from ... argument (slice-literal-element) at ./errors_unwrap_deep.go:41:13
./errors_unwrap_deep.go:41:77:   flow: {heap} = {storage for ... argument}:
./errors_unwrap_deep.go:41:77:     from ... argument (spill) at ./errors_unwrap_deep.go:41:13
./errors_unwrap_deep.go:41:77:     from fmt.Println(... argument...) (call parameter) at ./errors_unwrap_deep.go:41:13
./errors_unwrap_deep.go:41:45: errors.Is(err, &level{...}) escapes to heap:
./errors_unwrap_deep.go:41:45:   flow: {storage for ... argument} = &{storage for errors.Is(err, &level{...})}:
./errors_unwrap_deep.go:41:45:     from errors.Is(err, &level{...}) (spill) at ./errors_unwrap_deep.go:41:45
./errors_unwrap_deep.go:41:45:     from ... argument (slice-literal-element) at ./errors_unwrap_deep.go:41:13
./errors_unwrap_deep.go:41:45:   flow: {heap} = {storage for ... argument}:
./errors_unwrap_deep.go:41:45:     from ... argument (spill) at ./errors_unwrap_deep.go:41:13
./errors_unwrap_deep.go:41:45:     from fmt.Println(... argument...) (call parameter) at ./errors_unwrap_deep.go:41:13
./errors_unwrap_deep.go:41:23: errors.Is(err, root) escapes to heap:
./errors_unwrap_deep.go:41:23:   flow: {storage for ... argument} = &{storage for errors.Is(err, root)}:
./errors_unwrap_deep.go:41:23:     from errors.Is(err, root) (spill) at ./errors_unwrap_deep.go:41:23
./errors_unwrap_deep.go:41:23:     from ... argument (slice-literal-element) at ./errors_unwrap_deep.go:41:13
./errors_unwrap_deep.go:41:23:   flow: {heap} = {storage for ... argument}:
./errors_unwrap_deep.go:41:23:     from ... argument (spill) at ./errors_unwrap_deep.go:41:13
./errors_unwrap_deep.go:41:23:     from fmt.Println(... argument...) (call parameter) at ./errors_unwrap_deep.go:41:13
./errors_unwrap_deep.go:37:21: i escapes to heap:
./errors_unwrap_deep.go:37:21:   flow: {storage for ... argument} = &{storage for i}:
./errors_unwrap_deep.go:37:21:     from i (spill) at ./errors_unwrap_deep.go:37:21
./errors_unwrap_deep.go:37:21:     from ... argument (slice-literal-element) at ./errors_unwrap_deep.go:37:20
./errors_unwrap_deep.go:37:21:   flow: {heap} = {storage for ... argument}:
./errors_unwrap_deep.go:37:21:     from ... argument (spill) at ./errors_unwrap_deep.go:37:20
./errors_unwrap_deep.go:37:21:     from fmt.Errorf("checkpoint %d: %w", ... argument...) (call parameter) at ./errors_unwrap_deep.go:37:20
./errors_unwrap_deep.go:42:6: moved to heap: l
./errors_unwrap_deep.go:35:9: &level{...} escapes to heap
./errors_unwrap_deep.go:37:20: ... argument does not escape
./errors_unwrap_deep.go:37:21: i escapes to heap
./errors_unwrap_deep.go:40:13: ... argument does not escape
./errors_unwrap_deep.go:41:13: ... argument does not escape
./errors_unwrap_deep.go:41:23: errors.Is(err, root) escapes to heap
./errors_unwrap_deep.go:41:45: errors.Is(err, &level{...}) escapes to heap
./errors_unwrap_deep.go:41:51: &level{...} escapes to heap
./errors_unwrap_deep.go:41:77: errors.Is(err, &level{...}) escapes to heap
./errors_unwrap_deep.go:41:83: &level{...} escapes to heap
./errors_unwrap_deep.go:43:13: ... argument does not escape
./errors_unwrap_deep.go:43:23: errors.As(err, &l) escapes to heap
./errors_unwrap_deep.go:43:35: l.n escapes to heap
./errors_unwrap_deep.go:48:13: ... argument does not escape
./errors_unwrap_deep.go:48:13: depth escapes to heap
