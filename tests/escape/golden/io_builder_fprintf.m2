./io_builder_fprintf.go:15:6: b escapes to heap:
./io_builder_fprintf.go:15:6:   flow: {heap} = &b:
./io_builder_fprintf.go:15:6:     from &b (address-of) at ./io_builder_fprintf.go:16:14
./io_builder_fprintf.go:15:6:     from &b (interface-converted) at ./io_builder_fprintf.go:16:14
./io_builder_fprintf.go:15:6:     from fmt.Fprintf(&b, "%-10s %5s %8s\n", ... argument...) (call parameter) at ./io_builder_fprintf.go:16:13
./io_builder_fprintf.go:15:6: b escapes to heap:
./io_builder_fprintf.go:15:6:   flow: {heap} = &b:
./io_builder_fprintf.go:15:6:     from &b (address-of) at ./io_builder_fprintf.go:21:15
./io_builder_fprintf.go:15:6:     from &b (interface-converted) at ./io_builder_fprintf.go:21:15
./io_builder_fprintf.go:15:6:     from fmt.Fprintf(&b, "%-10s %5d %8.2f\n", ... argument...) (call parameter) at ./io_builder_fprintf.go:21:14
./io_builder_fprintf.go:15:6: b escapes to heap:
./io_builder_fprintf.go:15:6:   flow: {heap} = &b:
./io_builder_fprintf.go:15:6:     from &b (address-of) at ./io_builder_fprintf.go:24:15
./io_builder_fprintf.go:15:6:     from &b (interface-converted) at ./io_builder_fprintf.go:24:15
./io_builder_fprintf.go:15:6:     from fmt.Fprintln(&b, ... argument...) (call parameter) at ./io_builder_fprintf.go:24:14
./io_builder_fprintf.go:15:6: b escapes to heap:
./io_builder_fprintf.go:15:6:   flow: {heap} = &b:
./io_builder_fprintf.go:15:6:     from &b (address-of) at ./io_builder_fprintf.go:25:13
./io_builder_fprintf.go:15:6:     from &b (interface-converted) at ./io_builder_fprintf.go:25:13
./io_builder_fprintf.go:15:6:     from fmt.Fprint(&b, ... argument...) (call parameter) at ./io_builder_fprintf.go:25:12
./io_builder_fprintf.go:25:35: "y" escapes to heap:
./io_builder_fprintf.go:25:35:   flow: {storage for ... argument} = &{storage for "y"}:
./io_builder_fprintf.go:25:35:     from "y" (spill) at ./io_builder_fprintf.go:25:35
./io_builder_fprintf.go:25:35:     from ... argument (slice-literal-element) at ./io_builder_fprintf.go:25:12
./io_builder_fprintf.go:25:35:   flow: {heap} = {storage for ... argument}:
./io_builder_fprintf.go:25:35:     from ... argument (spill) at ./io_builder_fprintf.go:25:12
./io_builder_fprintf.go:25:35:     from fmt.Fprint(&b, ... argument...) (call parameter) at ./io_builder_fprintf.go:25:12
./io_builder_fprintf.go:25:30: "x" escapes to heap:
./io_builder_fprintf.go:25:30:   flow: {storage for ... argument} = &{storage for "x"}:
./io_builder_fprintf.go:25:30:     from "x" (spill) at ./io_builder_fprintf.go:25:30
./io_builder_fprintf.go:25:30:     from ... argument (slice-literal-element) at ./io_builder_fprintf.go:25:12
./io_builder_fprintf.go:25:30:   flow: {heap} = {storage for ... argument}:
./io_builder_fprintf.go:25:30:     from ... argument (spill) at ./io_builder_fprintf.go:25:12
./io_builder_fprintf.go:25:30:     from fmt.Fprint(&b, ... argument...) (call parameter) at ./io_builder_fprintf.go:25:12
./io_builder_fprintf.go:25:27: 2 escapes to heap:
./io_builder_fprintf.go:25:27:   flow: {storage for ... argument} = &{storage for 2}:
./io_builder_fprintf.go:25:27:     from 2 (spill) at ./io_builder_fprintf.go:25:27
./io_builder_fprintf.go:25:27:     from ... argument (slice-literal-element) at ./io_builder_fprintf.go:25:12
./io_builder_fprintf.go:25:27:   flow: {heap} = {storage for ... argument}:
./io_builder_fprintf.go:25:27:     from ... argument (spill) at ./io_builder_fprintf.go:25:12
./io_builder_fprintf.go:25:27:     from fmt.Fprint(&b, ... argument...) (call parameter) at ./io_builder_fprintf.go:25:12
./io_builder_fprintf.go:25:24: 1 escapes to heap:
./io_builder_fprintf.go:25:24:   flow: {storage for ... argument} = &{storage for 1}:
./io_builder_fprintf.go:25:24:     from 1 (spill) at ./io_builder_fprintf.go:25:24
./io_builder_fprintf.go:25:24:     from ... argument (slice-literal-element) at ./io_builder_fprintf.go:25:12
./io_builder_fprintf.go:25:24:   flow: {heap} = {storage for ... argument}:
./io_builder_fprintf.go:25:24:     from ... argument (spill) at ./io_builder_fprintf.go:25:12
./io_builder_fprintf.go:25:24:     from fmt.Fprint(&b, ... argument...) (call parameter) at ./io_builder_fprintf.go:25:12
./io_builder_fprintf.go:25:17: "end" escapes to heap:
./io_builder_fprintf.go:25:17:   flow: {storage for ... argument} = &{storage for "end"}:
./io_builder_fprintf.go:25:17:     from "end" (spill) at ./io_builder_fprintf.go:25:17
./io_builder_fprintf.go:25:17:     from ... argument (slice-literal-element) at ./io_builder_fprintf.go:25:12
./io_builder_fprintf.go:25:17:   flow: {heap} = {storage for ... argument}:
./io_builder_fprintf.go:25:17:     from ... argument (spill) at ./io_builder_fprintf.go:25:12
./io_builder_fprintf.go:25:17:     from fmt.Fprint(&b, ... argument...) (call parameter) at ./io_builder_fprintf.go:25:12
./io_builder_fprintf.go:24:19: total escapes to heap:
./io_builder_fprintf.go:24:19:   flow: {storage for ... argument} = &{storage for total}:
./io_builder_fprintf.go:24:19:     from total (spill) at ./io_builder_fprintf.go:24:19
./io_builder_fprintf.go:24:19:     from ... argument (slice-literal-element) at ./io_builder_fprintf.go:24:14
./io_builder_fprintf.go:24:19:   flow: {heap} = {storage for ... argument}:
./io_builder_fprintf.go:24:19:     from ... argument (spill) at ./io_builder_fprintf.go:24:14
./io_builder_fprintf.go:24:19:     from fmt.Fprintln(&b, ... argument...) (call parameter) at ./io_builder_fprintf.go:24:14
./io_builder_fprintf.go:24:19: "total" escapes to heap:
./io_builder_fprintf.go:24:19:   flow: {storage for ... argument} = &{storage for "total"}:
./io_builder_fprintf.go:24:19:     from "total" (spill) at ./io_builder_fprintf.go:24:19
./io_builder_fprintf.go:24:19:     from ... argument (slice-literal-element) at ./io_builder_fprintf.go:24:14
./io_builder_fprintf.go:24:19:   flow: {heap} = {storage for ... argument}:
./io_builder_fprintf.go:24:19:     from ... argument (spill) at ./io_builder_fprintf.go:24:14
./io_builder_fprintf.go:24:19:     from fmt.Fprintln(&b, ... argument...) (call parameter) at ./io_builder_fprintf.go:24:14
./io_builder_fprintf.go:21:56: r.price escapes to heap:
./io_builder_fprintf.go:21:56:   flow: {storage for ... argument} = &{storage for r.price}:
./io_builder_fprintf.go:21:56:     from r.price (spill) at ./io_builder_fprintf.go:21:56
./io_builder_fprintf.go:21:56:     from ... argument (slice-literal-element) at ./io_builder_fprintf.go:21:14
./io_builder_fprintf.go:21:56:   flow: {heap} = {storage for ... argument}:
./io_builder_fprintf.go:21:56:     from ... argument (spill) at ./io_builder_fprintf.go:21:14
./io_builder_fprintf.go:21:56:     from fmt.Fprintf(&b, "%-10s %5d %8.2f\n", ... argument...) (call parameter) at ./io_builder_fprintf.go:21:14
./io_builder_fprintf.go:21:49: r.qty escapes to heap:
./io_builder_fprintf.go:21:49:   flow: {storage for ... argument} = &{storage for r.qty}:
./io_builder_fprintf.go:21:49:     from r.qty (spill) at ./io_builder_fprintf.go:21:49
./io_builder_fprintf.go:21:49:     from ... argument (slice-literal-element) at ./io_builder_fprintf.go:21:14
./io_builder_fprintf.go:21:49:   flow: {heap} = {storage for ... argument}:
./io_builder_fprintf.go:21:49:     from ... argument (spill) at ./io_builder_fprintf.go:21:14
./io_builder_fprintf.go:21:49:     from fmt.Fprintf(&b, "%-10s %5d %8.2f\n", ... argument...) (call parameter) at ./io_builder_fprintf.go:21:14
./io_builder_fprintf.go:21:41: r.name escapes to heap:
./io_builder_fprintf.go:21:41:   flow: {storage for ... argument} = &{storage for r.name}:
./io_builder_fprintf.go:21:41:     from r.name (spill) at ./io_builder_fprintf.go:21:41
./io_builder_fprintf.go:21:41:     from ... argument (slice-literal-element) at ./io_builder_fprintf.go:21:14
./io_builder_fprintf.go:21:41:   flow: {heap} = {storage for ... argument}:
./io_builder_fprintf.go:21:41:     from ... argument (spill) at ./io_builder_fprintf.go:21:14
./io_builder_fprintf.go:21:41:     from fmt.Fprintf(&b, "%-10s %5d %8.2f\n", ... argument...) (call parameter) at ./io_builder_fprintf.go:21:14
./io_builder_fprintf.go:16:52: "price" escapes to heap:
./io_builder_fprintf.go:16:52:   flow: {storage for ... argument} = &{storage for "price"}:
./io_builder_fprintf.go:16:52:     from "price" (spill) at ./io_builder_fprintf.go:16:52
./io_builder_fprintf.go:16:52:     from ... argument (slice-literal-element) at ./io_builder_fprintf.go:16:13
./io_builder_fprintf.go:16:52:   flow: {heap} = {storage for ... argument}:
./io_builder_fprintf.go:16:52:     from ... argument (spill) at ./io_builder_fprintf.go:16:13
./io_builder_fprintf.go:16:52:     from fmt.Fprintf(&b, "%-10s %5s %8s\n", ... argument...) (call parameter) at ./io_builder_fprintf.go:16:13
./io_builder_fprintf.go:16:45: "qty" escapes to heap:
./io_builder_fprintf.go:16:45:   flow: {storage for ... argument} = &{storage for "qty"}:
./io_builder_fprintf.go:16:45:     from "qty" (spill) at ./io_builder_fprintf.go:16:45
./io_builder_fprintf.go:16:45:     from ... argument (slice-literal-element) at ./io_builder_fprintf.go:16:13
./io_builder_fprintf.go:16:45:   flow: {heap} = {storage for ... argument}:
./io_builder_fprintf.go:16:45:     from ... argument (spill) at ./io_builder_fprintf.go:16:13
./io_builder_fprintf.go:16:45:     from fmt.Fprintf(&b, "%-10s %5s %8s\n", ... argument...) (call parameter) at ./io_builder_fprintf.go:16:13
./io_builder_fprintf.go:16:37: "item" escapes to heap:
./io_builder_fprintf.go:16:37:   flow: {storage for ... argument} = &{storage for "item"}:
./io_builder_fprintf.go:16:37:     from "item" (spill) at ./io_builder_fprintf.go:16:37
./io_builder_fprintf.go:16:37:     from ... argument (slice-literal-element) at ./io_builder_fprintf.go:16:13
./io_builder_fprintf.go:16:37:   flow: {heap} = {storage for ... argument}:
./io_builder_fprintf.go:16:37:     from ... argument (spill) at ./io_builder_fprintf.go:16:13
./io_builder_fprintf.go:16:37:     from fmt.Fprintf(&b, "%-10s %5s %8s\n", ... argument...) (call parameter) at ./io_builder_fprintf.go:16:13
./io_builder_fprintf.go:14:12: parameter rows leaks to {storage for r.name} with derefs=1:
./io_builder_fprintf.go:14:12:   flow: {temp} = rows:
./io_builder_fprintf.go:14:12:   flow: r = *{temp}:
./io_builder_fprintf.go:14:12:     from for loop (range-deref) at ./io_builder_fprintf.go:20:14
./io_builder_fprintf.go:14:12:   flow: {storage for r.name} = r:
./io_builder_fprintf.go:14:12:     from r.name (dot) at ./io_builder_fprintf.go:21:41
./io_builder_fprintf.go:14:12:     from r.name (interface-converted) at ./io_builder_fprintf.go:21:41
./io_builder_fprintf.go:14:12: leaking param content: rows
./io_builder_fprintf.go:15:6: moved to heap: b
./io_builder_fprintf.go:16:13: ... argument does not escape
./io_builder_fprintf.go:16:37: "item" escapes to heap
./io_builder_fprintf.go:16:45: "qty" escapes to heap
./io_builder_fprintf.go:16:52: "price" escapes to heap
./io_builder_fprintf.go:21:14: ... argument does not escape
./io_builder_fprintf.go:21:41: r.name escapes to heap
./io_builder_fprintf.go:21:49: r.qty escapes to heap
./io_builder_fprintf.go:21:56: r.price escapes to heap
./io_builder_fprintf.go:24:14: ... argument does not escape
./io_builder_fprintf.go:24:19: "total" escapes to heap
./io_builder_fprintf.go:24:19: total escapes to heap
./io_builder_fprintf.go:25:12: ... argument does not escape
./io_builder_fprintf.go:25:17: "end" escapes to heap
./io_builder_fprintf.go:25:24: 1 escapes to heap
./io_builder_fprintf.go:25:27: 2 escapes to heap
./io_builder_fprintf.go:25:30: "x" escapes to heap
./io_builder_fprintf.go:25:35: "y" escapes to heap
./io_builder_fprintf.go:33:24: &strings.Builder{} escapes to heap:
./io_builder_fprintf.go:33:24:   flow: {heap} = &{storage for &strings.Builder{}}:
./io_builder_fprintf.go:33:24:     from &strings.Builder{} (spill) at ./io_builder_fprintf.go:33:24
./io_builder_fprintf.go:33:24:     from &strings.Builder{} (interface-converted) at ./io_builder_fprintf.go:33:24
./io_builder_fprintf.go:33:24:     from fmt.Fprintf(&strings.Builder{}, "%d%d", ... argument...) (call parameter) at ./io_builder_fprintf.go:33:23
./io_builder_fprintf.go:34:13: n escapes to heap:
./io_builder_fprintf.go:34:13:   flow: {storage for ... argument} = &{storage for n}:
./io_builder_fprintf.go:34:13:     from n (spill) at ./io_builder_fprintf.go:34:13
./io_builder_fprintf.go:34:13:     from ... argument (slice-literal-element) at ./io_builder_fprintf.go:34:13
./io_builder_fprintf.go:34:13:   flow: {heap} = {storage for ... argument}:
./io_builder_fprintf.go:34:13:     from ... argument (spill) at ./io_builder_fprintf.go:34:13
./io_builder_fprintf.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./io_builder_fprintf.go:34:13
./io_builder_fprintf.go:33:56: 345 escapes to heap:
./io_builder_fprintf.go:33:56:   flow: {storage for ... argument} = &{storage for 345}:
./io_builder_fprintf.go:33:56:     from 345 (spill) at ./io_builder_fprintf.go:33:56
./io_builder_fprintf.go:33:56:     from ... argument (slice-literal-element) at ./io_builder_fprintf.go:33:23
./io_builder_fprintf.go:33:56:   flow: {heap} = {storage for ... argument}:
./io_builder_fprintf.go:33:56:     from ... argument (spill) at ./io_builder_fprintf.go:33:23
./io_builder_fprintf.go:33:56:     from fmt.Fprintf(&strings.Builder{}, "%d%d", ... argument...) (call parameter) at ./io_builder_fprintf.go:33:23
./io_builder_fprintf.go:33:52: 12 escapes to heap:
./io_builder_fprintf.go:33:52:   flow: {storage for ... argument} = &{storage for 12}:
./io_builder_fprintf.go:33:52:     from 12 (spill) at ./io_builder_fprintf.go:33:52
./io_builder_fprintf.go:33:52:     from ... argument (slice-literal-element) at ./io_builder_fprintf.go:33:23
./io_builder_fprintf.go:33:52:   flow: {heap} = {storage for ... argument}:
./io_builder_fprintf.go:33:52:     from ... argument (spill) at ./io_builder_fprintf.go:33:23
./io_builder_fprintf.go:33:52:     from fmt.Fprintf(&strings.Builder{}, "%d%d", ... argument...) (call parameter) at ./io_builder_fprintf.go:33:23
./io_builder_fprintf.go:32:17: len(s) escapes to heap:
./io_builder_fprintf.go:32:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./io_builder_fprintf.go:32:17:     from len(s) (spill) at ./io_builder_fprintf.go:32:17
./io_builder_fprintf.go:32:17:     from ... argument (slice-literal-element) at ./io_builder_fprintf.go:32:13
./io_builder_fprintf.go:32:17:   flow: {heap} = {storage for ... argument}:
./io_builder_fprintf.go:32:17:     from ... argument (spill) at ./io_builder_fprintf.go:32:13
./io_builder_fprintf.go:32:17:     from fmt.Println(... argument...) (call parameter) at ./io_builder_fprintf.go:32:13
./io_builder_fprintf.go:31:13: s escapes to heap:
./io_builder_fprintf.go:31:13:   flow: {storage for ... argument} = &{storage for s}:
./io_builder_fprintf.go:31:13:     from s (spill) at ./io_builder_fprintf.go:31:13
./io_builder_fprintf.go:31:13:     from ... argument (slice-literal-element) at ./io_builder_fprintf.go:31:13
./io_builder_fprintf.go:31:13:   flow: {heap} = {storage for ... argument}:
./io_builder_fprintf.go:31:13:     from ... argument (spill) at ./io_builder_fprintf.go:31:13
./io_builder_fprintf.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./io_builder_fprintf.go:31:13
./io_builder_fprintf.go:30:18: []row{...} does not escape
./io_builder_fprintf.go:31:13: ... argument does not escape
./io_builder_fprintf.go:31:13: s escapes to heap
./io_builder_fprintf.go:32:13: ... argument does not escape
./io_builder_fprintf.go:32:17: len(s) escapes to heap
./io_builder_fprintf.go:33:24: &strings.Builder{} escapes to heap
./io_builder_fprintf.go:33:23: ... argument does not escape
./io_builder_fprintf.go:33:52: 12 escapes to heap
./io_builder_fprintf.go:33:56: 345 escapes to heap
./io_builder_fprintf.go:34:13: ... argument does not escape
./io_builder_fprintf.go:34:13: n escapes to heap
