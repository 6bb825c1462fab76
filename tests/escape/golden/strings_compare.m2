./strings_compare.go:9:49: a >= b escapes to heap:
./strings_compare.go:9:49:   flow: {storage for ... argument} = &{storage for a >= b}:
./strings_compare.go:9:49:     from a >= b (spill) at ./strings_compare.go:9:49
./strings_compare.go:9:49:     from ... argument (slice-literal-element) at ./strings_compare.go:8:12
./strings_compare.go:9:49:   flow: {heap} = {storage for ... argument}:
./strings_compare.go:9:49:     from ... argument (spill) at ./strings_compare.go:8:12
./strings_compare.go:9:49:     from fmt.Printf("%q %q: == %t != %t < %t <= %t > %t >= %t\n", ... argument...) (call parameter) at ./strings_compare.go:8:12
./strings_compare.go:9:42: a > b escapes to heap:
./strings_compare.go:9:42:   flow: {storage for ... argument} = &{storage for a > b}:
./strings_compare.go:9:42:     from a > b (spill) at ./strings_compare.go:9:42
./strings_compare.go:9:42:     from ... argument (slice-literal-element) at ./strings_compare.go:8:12
./strings_compare.go:9:42:   flow: {heap} = {storage for ... argument}:
./strings_compare.go:9:42:     from ... argument (spill) at ./strings_compare.go:8:12
./strings_compare.go:9:42:     from fmt.Printf("%q %q: == %t != %t < %t <= %t > %t >= %t\n", ... argument...) (call parameter) at ./strings_compare.go:8:12
./strings_compare.go:9:34: a <= b escapes to heap:
./strings_compare.go:9:34:   flow: {storage for ... argument} = &{storage for a <= b}:
./strings_compare.go:9:34:     from a <= b (spill) at ./strings_compare.go:9:34
./strings_compare.go:9:34:     from ... argument (slice-literal-element) at ./strings_compare.go:8:12
./strings_compare.go:9:34:   flow: {heap} = {storage for ... argument}:
./strings_compare.go:9:34:     from ... argument (spill) at ./strings_compare.go:8:12
./strings_compare.go:9:34:     from fmt.Printf("%q %q: == %t != %t < %t <= %t > %t >= %t\n", ... argument...) (call parameter) at ./strings_compare.go:8:12
./strings_compare.go:9:27: a < b escapes to heap:
./strings_compare.go:9:27:   flow: {storage for ... argument} = &{storage for a < b}:
./strings_compare.go:9:27:     from a < b (spill) at ./strings_compare.go:9:27
./strings_compare.go:9:27:     from ... argument (slice-literal-element) at ./strings_compare.go:8:12
./strings_compare.go:9:27:   flow: {heap} = {storage for ... argument}:
./strings_compare.go:9:27:     from ... argument (spill) at ./strings_compare.go:8:12
./strings_compare.go:9:27:     from fmt.Printf("%q %q: == %t != %t < %t <= %t > %t >= %t\n", ... argument...) (call parameter) at ./strings_compare.go:8:12
./strings_compare.go:9:19: a != b escapes to heap:
./strings_compare.go:9:19:   flow: {storage for ... argument} = &{storage for a != b}:
./strings_compare.go:9:19:     from a != b (spill) at ./strings_compare.go:9:19
./strings_compare.go:9:19:     from ... argument (slice-literal-element) at ./strings_compare.go:8:12
./strings_compare.go:9:19:   flow: {heap} = {storage for ... argument}:
./strings_compare.go:9:19:     from ... argument (spill) at ./strings_compare.go:8:12
./strings_compare.go:9:19:     from fmt.Printf("%q %q: == %t != %t < %t <= %t > %t >= %t\n", ... argument...) (call parameter) at ./strings_compare.go:8:12
./strings_compare.go:9:11: a == b escapes to heap:
./strings_compare.go:9:11:   flow: {storage for ... argument} = &{storage for a == b}:
./strings_compare.go:9:11:     from a == b (spill) at ./strings_compare.go:9:11
./strings_compare.go:9:11:     from ... argument (slice-literal-element) at ./strings_compare.go:8:12
./strings_compare.go:9:11:   flow: {heap} = {storage for ... argument}:
./strings_compare.go:9:11:     from ... argument (spill) at ./strings_compare.go:8:12
./strings_compare.go:9:11:     from fmt.Printf("%q %q: == %t != %t < %t <= %t > %t >= %t\n", ... argument...) (call parameter) at ./strings_compare.go:8:12
./strings_compare.go:8:13: b escapes to heap:
./strings_compare.go:8:13:   flow: {storage for ... argument} = &{storage for b}:
./strings_compare.go:8:13:     from b (spill) at ./strings_compare.go:8:13
./strings_compare.go:8:13:     from ... argument (slice-literal-element) at ./strings_compare.go:8:12
./strings_compare.go:8:13:   flow: {heap} = {storage for ... argument}:
./strings_compare.go:8:13:     from ... argument (spill) at ./strings_compare.go:8:12
./strings_compare.go:8:13:     from fmt.Printf("%q %q: == %t != %t < %t <= %t > %t >= %t\n", ... argument...) (call parameter) at ./strings_compare.go:8:12
./strings_compare.go:8:13: a escapes to heap:
./strings_compare.go:8:13:   flow: {storage for ... argument} = &{storage for a}:
./strings_compare.go:8:13:     from a (spill) at ./strings_compare.go:8:13
./strings_compare.go:8:13:     from ... argument (slice-literal-element) at ./strings_compare.go:8:12
./strings_compare.go:8:13:   flow: {heap} = {storage for ... argument}:
./strings_compare.go:8:13:     from ... argument (spill) at ./strings_compare.go:8:12
./strings_compare.go:8:13:     from fmt.Printf("%q %q: == %t != %t < %t <= %t > %t >= %t\n", ... argument...) (call parameter) at ./strings_compare.go:8:12
./strings_compare.go:7:13: parameter b leaks to {storage for b} with derefs=0:
./strings_compare.go:7:13:   flow: {storage for b} = b:
./strings_compare.go:7:13:     from b (interface-converted) at ./strings_compare.go:8:13
./strings_compare.go:7:10: parameter a leaks to {storage for a} with derefs=0:
./strings_compare.go:7:10:   flow: {storage for a} = a:
./strings_compare.go:7:10:     from a (interface-converted) at ./strings_compare.go:8:13
./strings_compare.go:7:10: leaking param: a
./strings_compare.go:7:13: leaking param: b
./strings_compare.go:8:12: ... argument does not escape
./strings_compare.go:8:13: a escapes to heap
./strings_compare.go:8:13: b escapes to heap
./strings_compare.go:9:11: a == b escapes to heap
./strings_compare.go:9:19: a != b escapes to heap
./strings_compare.go:9:27: a < b escapes to heap
./strings_compare.go:9:34: a <= b escapes to heap
./strings_compare.go:9:42: a > b escapes to heap
./strings_compare.go:9:49: a >= b escapes to heap
./strings_compare.go:50:15: "after" escapes to heap:
./strings_compare.go:50:15:   flow: {storage for ... argument} = &{storage for "after"}:
./strings_compare.go:50:15:     from "after" (spill) at ./strings_compare.go:50:15
./strings_compare.go:50:15:     from ... argument (slice-literal-element) at ./strings_compare.go:50:14
./strings_compare.go:50:15:   flow: {heap} = {storage for ... argument}:
./strings_compare.go:50:15:     from ... argument (spill) at ./strings_compare.go:50:14
./strings_compare.go:50:15:     from fmt.Println(... argument...) (call parameter) at ./strings_compare.go:50:14
./strings_compare.go:48:15: "before n" escapes to heap:
./strings_compare.go:48:15:   flow: {storage for ... argument} = &{storage for "before n"}:
./strings_compare.go:48:15:     from "before n" (spill) at ./strings_compare.go:48:15
./strings_compare.go:48:15:     from ... argument (slice-literal-element) at ./strings_compare.go:48:14
./strings_compare.go:48:15:   flow: {heap} = {storage for ... argument}:
./strings_compare.go:48:15:     from ... argument (spill) at ./strings_compare.go:48:14
./strings_compare.go:48:15:     from fmt.Println(... argument...) (call parameter) at ./strings_compare.go:48:14
./strings_compare.go:46:15: "before a" escapes to heap:
./strings_compare.go:46:15:   flow: {storage for ... argument} = &{storage for "before a"}:
./strings_compare.go:46:15:     from "before a" (spill) at ./strings_compare.go:46:15
./strings_compare.go:46:15:     from ... argument (slice-literal-element) at ./strings_compare.go:46:14
./strings_compare.go:46:15:   flow: {heap} = {storage for ... argument}:
./strings_compare.go:46:15:     from ... argument (spill) at ./strings_compare.go:46:14
./strings_compare.go:46:15:     from fmt.Println(... argument...) (call parameter) at ./strings_compare.go:46:14
./strings_compare.go:41:13: c escapes to heap:
./strings_compare.go:41:13:   flow: {storage for ... argument} = &{storage for c}:
./strings_compare.go:41:13:     from c (spill) at ./strings_compare.go:41:13
./strings_compare.go:41:13:     from ... argument (slice-literal-element) at ./strings_compare.go:41:13
./strings_compare.go:41:13:   flow: {heap} = {storage for ... argument}:
./strings_compare.go:41:13:     from ... argument (spill) at ./strings_compare.go:41:13
./strings_compare.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./strings_compare.go:41:13
./strings_compare.go:41:13: b escapes to heap:
./strings_compare.go:41:13:   flow: {storage for ... argument} = &{storage for b}:
./strings_compare.go:41:13:     from b (spill) at ./strings_compare.go:41:13
./strings_compare.go:41:13:     from ... argument (slice-literal-element) at ./strings_compare.go:41:13
./strings_compare.go:41:13:   flow: {heap} = {storage for ... argument}:
./strings_compare.go:41:13:     from ... argument (spill) at ./strings_compare.go:41:13
./strings_compare.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./strings_compare.go:41:13
./strings_compare.go:41:13: a escapes to heap:
./strings_compare.go:41:13:   flow: {storage for ... argument} = &{storage for a}:
./strings_compare.go:41:13:     from a (spill) at ./strings_compare.go:41:13
./strings_compare.go:41:13:     from ... argument (slice-literal-element) at ./strings_compare.go:41:13
./strings_compare.go:41:13:   flow: {heap} = {storage for ... argument}:
./strings_compare.go:41:13:     from ... argument (spill) at ./strings_compare.go:41:13
./strings_compare.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./strings_compare.go:41:13
./strings_compare.go:28:43: x[0] == y[0] escapes to heap:
./strings_compare.go:28:43:   flow: {storage for ... argument} = &{storage for x[0] == y[0]}:
./strings_compare.go:28:43:     from x[0] == y[0] (spill) at ./strings_compare.go:28:43
./strings_compare.go:28:43:     from ... argument (slice-literal-element) at ./strings_compare.go:28:13
./strings_compare.go:28:43:   flow: {heap} = {storage for ... argument}:
./strings_compare.go:28:43:     from ... argument (spill) at ./strings_compare.go:28:13
./strings_compare.go:28:43:     from fmt.Println(... argument...) (call parameter) at ./strings_compare.go:28:13
./strings_compare.go:28:28: (x + "!") == (y + "!") escapes to heap:
./strings_compare.go:28:28:   flow: {storage for ... argument} = &{storage for (x + "!") == (y + "!")}:
./strings_compare.go:28:28:     from (x + "!") == (y + "!") (spill) at ./strings_compare.go:28:28
./strings_compare.go:28:28:     from ... argument (slice-literal-element) at ./strings_compare.go:28:13
./strings_compare.go:28:28:   flow: {heap} = {storage for ... argument}:
./strings_compare.go:28:28:     from ... argument (spill) at ./strings_compare.go:28:13
./strings_compare.go:28:28:     from fmt.Println(... argument...) (call parameter) at ./strings_compare.go:28:13
./strings_compare.go:28:16: x == y escapes to heap:
./strings_compare.go:28:16:   flow: {storage for ... argument} = &{storage for x == y}:
./strings_compare.go:28:16:     from x == y (spill) at ./strings_compare.go:28:16
./strings_compare.go:28:16:     from ... argument (slice-literal-element) at ./strings_compare.go:28:13
./strings_compare.go:28:16:   flow: {heap} = {storage for ... argument}:
./strings_compare.go:28:16:     from ... argument (spill) at ./strings_compare.go:28:13
./strings_compare.go:28:16:     from fmt.Println(... argument...) (call parameter) at ./strings_compare.go:28:13
./strings_compare.go:28:13: ... argument does not escape
./strings_compare.go:28:16: x == y escapes to heap
./strings_compare.go:28:28: (x + "!") == (y + "!") escapes to heap
./strings_compare.go:28:23: x + "!" does not escape
./strings_compare.go:28:32: y + "!" does not escape
./strings_compare.go:28:43: x[0] == y[0] escapes to heap
./strings_compare.go:41:13: ... argument does not escape
./strings_compare.go:41:13: a escapes to heap
./strings_compare.go:41:13: b escapes to heap
./strings_compare.go:41:13: c escapes to heap
./strings_compare.go:46:14: ... argument does not escape
./strings_compare.go:46:15: "before a" escapes to heap
./strings_compare.go:48:14: ... argument does not escape
./strings_compare.go:48:15: "before n" escapes to heap
./strings_compare.go:50:14: ... argument does not escape
./strings_compare.go:50:15: "after" escapes to heap
