./named_type_composite.go:16:7: v does not escape
./named_type_composite.go:48:14: Index{...} escapes to heap:
./named_type_composite.go:48:14:   flow: idx = &{storage for Index{...}}:
./named_type_composite.go:48:14:     from Index{...} (spill) at ./named_type_composite.go:48:14
./named_type_composite.go:48:14:     from idx := Index{...} (assign) at ./named_type_composite.go:48:6
./named_type_composite.go:48:14:   flow: {storage for ... argument} = idx:
./named_type_composite.go:48:14:     from idx (interface-converted) at ./named_type_composite.go:60:13
./named_type_composite.go:48:14:     from ... argument (slice-literal-element) at ./named_type_composite.go:60:12
./named_type_composite.go:48:14:   flow: {heap} = {storage for ... argument}:
./named_type_composite.go:48:14:     from ... argument (spill) at ./named_type_composite.go:60:12
./named_type_composite.go:48:14:     from fmt.Printf("%v %+v %#v\n", ... argument...) (call parameter) at ./named_type_composite.go:60:12
./named_type_composite.go:60:13: n escapes to heap:
./named_type_composite.go:60:13:   flow: {storage for ... argument} = &{storage for n}:
./named_type_composite.go:60:13:     from n (spill) at ./named_type_composite.go:60:13
./named_type_composite.go:60:13:     from ... argument (slice-literal-element) at ./named_type_composite.go:60:12
./named_type_composite.go:60:13:   flow: {heap} = {storage for ... argument}:
./named_type_composite.go:60:13:     from ... argument (spill) at ./named_type_composite.go:60:12
./named_type_composite.go:60:13:     from fmt.Printf("%v %+v %#v\n", ... argument...) (call parameter) at ./named_type_composite.go:60:12
./named_type_composite.go:60:13: v escapes to heap:
./named_type_composite.go:60:13:   flow: {storage for ... argument} = &{storage for v}:
./named_type_composite.go:60:13:     from v (spill) at ./named_type_composite.go:60:13
./named_type_composite.go:60:13:     from ... argument (slice-literal-element) at ./named_type_composite.go:60:12
./named_type_composite.go:60:13:   flow: {heap} = {storage for ... argument}:
./named_type_composite.go:60:13:     from ... argument (spill) at ./named_type_composite.go:60:12
./named_type_composite.go:60:13:     from fmt.Printf("%v %+v %#v\n", ... argument...) (call parameter) at ./named_type_composite.go:60:12
./named_type_composite.go:59:13: r escapes to heap:
./named_type_composite.go:59:13:   flow: {storage for ... argument} = &{storage for r}:
./named_type_composite.go:59:13:     from r (spill) at ./named_type_composite.go:59:13
./named_type_composite.go:59:13:     from ... argument (slice-literal-element) at ./named_type_composite.go:59:12
./named_type_composite.go:59:13:   flow: {heap} = {storage for ... argument}:
./named_type_composite.go:59:13:     from ... argument (spill) at ./named_type_composite.go:59:12
./named_type_composite.go:59:13:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./named_type_composite.go:59:12
./named_type_composite.go:59:13: n escapes to heap:
./named_type_composite.go:59:13:   flow: {storage for ... argument} = &{storage for n}:
./named_type_composite.go:59:13:     from n (spill) at ./named_type_composite.go:59:13
./named_type_composite.go:59:13:     from ... argument (slice-literal-element) at ./named_type_composite.go:59:12
./named_type_composite.go:59:13:   flow: {heap} = {storage for ... argument}:
./named_type_composite.go:59:13:     from ... argument (spill) at ./named_type_composite.go:59:12
./named_type_composite.go:59:13:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./named_type_composite.go:59:12
./named_type_composite.go:59:13: v escapes to heap:
./named_type_composite.go:59:13:   flow: {storage for ... argument} = &{storage for v}:
./named_type_composite.go:59:13:     from v (spill) at ./named_type_composite.go:59:13
./named_type_composite.go:59:13:     from ... argument (slice-literal-element) at ./named_type_composite.go:59:12
./named_type_composite.go:59:13:   flow: {heap} = {storage for ... argument}:
./named_type_composite.go:59:13:     from ... argument (spill) at ./named_type_composite.go:59:12
./named_type_composite.go:59:13:     from fmt.Printf("%T %T %T %T\n", ... argument...) (call parameter) at ./named_type_composite.go:59:12
./named_type_composite.go:57:21: r[0][1] escapes to heap:
./named_type_composite.go:57:21:   flow: {storage for ... argument} = &{storage for r[0][1]}:
./named_type_composite.go:57:21:     from r[0][1] (spill) at ./named_type_composite.go:57:21
./named_type_composite.go:57:21:     from ... argument (slice-literal-element) at ./named_type_composite.go:57:13
./named_type_composite.go:57:21:   flow: {heap} = {storage for ... argument}:
./named_type_composite.go:57:21:     from ... argument (spill) at ./named_type_composite.go:57:13
./named_type_composite.go:57:21:     from fmt.Println(... argument...) (call parameter) at ./named_type_composite.go:57:13
./named_type_composite.go:57:13: r escapes to heap:
./named_type_composite.go:57:13:   flow: {storage for ... argument} = &{storage for r}:
./named_type_composite.go:57:13:     from r (spill) at ./named_type_composite.go:57:13
./named_type_composite.go:57:13:     from ... argument (slice-literal-element) at ./named_type_composite.go:57:13
./named_type_composite.go:57:13:   flow: {heap} = {storage for ... argument}:
./named_type_composite.go:57:13:     from ... argument (spill) at ./named_type_composite.go:57:13
./named_type_composite.go:57:13:     from fmt.Println(... argument...) (call parameter) at ./named_type_composite.go:57:13
./named_type_composite.go:50:22: len(idx) escapes to heap:
./named_type_composite.go:50:22:   flow: {storage for ... argument} = &{storage for len(idx)}:
./named_type_composite.go:50:22:     from len(idx) (spill) at ./named_type_composite.go:50:22
./named_type_composite.go:50:22:     from ... argument (slice-literal-element) at ./named_type_composite.go:50:13
./named_type_composite.go:50:22:   flow: {heap} = {storage for ... argument}:
./named_type_composite.go:50:22:     from ... argument (spill) at ./named_type_composite.go:50:13
./named_type_composite.go:50:22:     from fmt.Println(... argument...) (call parameter) at ./named_type_composite.go:50:13
./named_type_composite.go:46:15: n[0] escapes to heap:
./named_type_composite.go:46:15:   flow: {storage for ... argument} = &{storage for n[0]}:
./named_type_composite.go:46:15:     from n[0] (spill) at ./named_type_composite.go:46:15
./named_type_composite.go:46:15:     from ... argument (slice-literal-element) at ./named_type_composite.go:46:13
./named_type_composite.go:46:15:   flow: {heap} = {storage for ... argument}:
./named_type_composite.go:46:15:     from ... argument (spill) at ./named_type_composite.go:46:13
./named_type_composite.go:46:15:     from fmt.Println(... argument...) (call parameter) at ./named_type_composite.go:46:13
./named_type_composite.go:43:26: n[2] escapes to heap:
./named_type_composite.go:43:26:   flow: {storage for ... argument} = &{storage for n[2]}:
./named_type_composite.go:43:26:     from n[2] (spill) at ./named_type_composite.go:43:26
./named_type_composite.go:43:26:     from ... argument (slice-literal-element) at ./named_type_composite.go:43:13
./named_type_composite.go:43:26:   flow: {heap} = {storage for ... argument}:
./named_type_composite.go:43:26:     from ... argument (spill) at ./named_type_composite.go:43:13
./named_type_composite.go:43:26:     from fmt.Println(... argument...) (call parameter) at ./named_type_composite.go:43:13
./named_type_composite.go:43:20: len(n) escapes to heap:
./named_type_composite.go:43:20:   flow: {storage for ... argument} = &{storage for len(n)}:
./named_type_composite.go:43:20:     from len(n) (spill) at ./named_type_composite.go:43:20
./named_type_composite.go:43:20:     from ... argument (slice-literal-element) at ./named_type_composite.go:43:13
./named_type_composite.go:43:20:   flow: {heap} = {storage for ... argument}:
./named_type_composite.go:43:20:     from ... argument (spill) at ./named_type_composite.go:43:13
./named_type_composite.go:43:20:     from fmt.Println(... argument...) (call parameter) at ./named_type_composite.go:43:13
./named_type_composite.go:43:13: n escapes to heap:
./named_type_composite.go:43:13:   flow: {storage for ... argument} = &{storage for n}:
./named_type_composite.go:43:13:     from n (spill) at ./named_type_composite.go:43:13
./named_type_composite.go:43:13:     from ... argument (slice-literal-element) at ./named_type_composite.go:43:13
./named_type_composite.go:43:13:   flow: {heap} = {storage for ... argument}:
./named_type_composite.go:43:13:     from ... argument (spill) at ./named_type_composite.go:43:13
./named_type_composite.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./named_type_composite.go:43:13
./named_type_composite.go:39:19: v == Vec3{...} escapes to heap:
./named_type_composite.go:39:19:   flow: {storage for ... argument} = &{storage for v == Vec3{...}}:
./named_type_composite.go:39:19:     from v == Vec3{...} (spill) at ./named_type_composite.go:39:19
./named_type_composite.go:39:19:     from ... argument (slice-literal-element) at ./named_type_composite.go:39:13
./named_type_composite.go:39:19:   flow: {heap} = {storage for ... argument}:
./named_type_composite.go:39:19:     from ... argument (spill) at ./named_type_composite.go:39:13
./named_type_composite.go:39:19:     from fmt.Println(... argument...) (call parameter) at ./named_type_composite.go:39:13
./named_type_composite.go:39:13: v escapes to heap:
./named_type_composite.go:39:13:   flow: {storage for ... argument} = &{storage for v}:
./named_type_composite.go:39:13:     from v (spill) at ./named_type_composite.go:39:13
./named_type_composite.go:39:13:     from ... argument (slice-literal-element) at ./named_type_composite.go:39:13
./named_type_composite.go:39:13:   flow: {heap} = {storage for ... argument}:
./named_type_composite.go:39:13:     from ... argument (spill) at ./named_type_composite.go:39:13
./named_type_composite.go:39:13:     from fmt.Println(... argument...) (call parameter) at ./named_type_composite.go:39:13
./named_type_composite.go:37:27: len(v) escapes to heap:
./named_type_composite.go:37:27:   flow: {storage for ... argument} = &{storage for len(v)}:
./named_type_composite.go:37:27:     from len(v) (spill) at ./named_type_composite.go:37:27
./named_type_composite.go:37:27:     from ... argument (slice-literal-element) at ./named_type_composite.go:37:13
./named_type_composite.go:37:27:   flow: {heap} = {storage for ... argument}:
./named_type_composite.go:37:27:     from ... argument (spill) at ./named_type_composite.go:37:13
./named_type_composite.go:37:27:     from fmt.Println(... argument...) (call parameter) at ./named_type_composite.go:37:13
./named_type_composite.go:37:19: Vec3.Dot(v, w) escapes to heap:
./named_type_composite.go:37:19:   flow: {storage for ... argument} = &{storage for Vec3.Dot(v, w)}:
./named_type_composite.go:37:19:     from Vec3.Dot(v, w) (spill) at ./named_type_composite.go:37:19
./named_type_composite.go:37:19:     from ... argument (slice-literal-element) at ./named_type_composite.go:37:13
./named_type_composite.go:37:19:   flow: {heap} = {storage for ... argument}:
./named_type_composite.go:37:19:     from ... argument (spill) at ./named_type_composite.go:37:13
./named_type_composite.go:37:19:     from fmt.Println(... argument...) (call parameter) at ./named_type_composite.go:37:13
./named_type_composite.go:41:12: Names{...} escapes to heap:
./named_type_composite.go:41:12:   flow: n = &{storage for Names{...}}:
./named_type_composite.go:41:12:     from Names{...} (spill) at ./named_type_composite.go:41:12
./named_type_composite.go:41:12:     from n := Names{...} (assign) at ./named_type_composite.go:41:4
./named_type_composite.go:41:12:   flow: {storage for n} = n:
./named_type_composite.go:41:12:     from n (interface-converted) at ./named_type_composite.go:60:13
./named_type_composite.go:37:13: ... argument does not escape
./named_type_composite.go:37:19: Vec3.Dot(v, w) escapes to heap
./named_type_composite.go:37:27: len(v) escapes to heap
./named_type_composite.go:39:13: ... argument does not escape
./named_type_composite.go:39:13: v escapes to heap
./named_type_composite.go:39:19: v == Vec3{...} escapes to heap
./named_type_composite.go:41:12: Names{...} escapes to heap
./named_type_composite.go:43:13: ... argument does not escape
./named_type_composite.go:43:13: n escapes to heap
./named_type_composite.go:43:20: len(n) escapes to heap
./named_type_composite.go:43:26: n[2] escapes to heap
./named_type_composite.go:46:13: ... argument does not escape
./named_type_composite.go:46:15: n[0] escapes to heap
./named_type_composite.go:48:14: Index{...} escapes to heap
./named_type_composite.go:50:13: ... argument does not escape
./named_type_composite.go:50:22: len(idx) escapes to heap
./named_type_composite.go:57:13: ... argument does not escape
./named_type_composite.go:57:13: r escapes to heap
./named_type_composite.go:57:21: r[0][1] escapes to heap
./named_type_composite.go:59:12: ... argument does not escape
./named_type_composite.go:59:13: v escapes to heap
./named_type_composite.go:59:13: n escapes to heap
./named_type_composite.go:59:13: r escapes to heap
./named_type_composite.go:60:12: ... argument does not escape
./named_type_composite.go:60:13: v escapes to heap
./named_type_composite.go:60:13: n escapes to heap
