./fmt_errorf_verbs.go:10:54: "missing " + n.Key escapes to heap:
./fmt_errorf_verbs.go:10:54:   flow: ~r0 = &{storage for "missing " + n.Key}:
./fmt_errorf_verbs.go:10:54:     from "missing " + n.Key (spill) at ./fmt_errorf_verbs.go:10:54
./fmt_errorf_verbs.go:10:54:     from return "missing " + n.Key (return) at ./fmt_errorf_verbs.go:10:36
./fmt_errorf_verbs.go:10:7: n does not escape
./fmt_errorf_verbs.go:10:54: "missing " + n.Key escapes to heap
./fmt_errorf_verbs.go:17:63: NotFound{...} escapes to heap:
./fmt_errorf_verbs.go:17:63:   flow: {heap} = &{storage for NotFound{...}}:
./fmt_errorf_verbs.go:17:63:     from NotFound{...} (spill) at ./fmt_errorf_verbs.go:17:63
./fmt_errorf_verbs.go:17:63:     from errors.Is(e1, NotFound{...}) (call parameter) at ./fmt_errorf_verbs.go:17:50
./fmt_errorf_verbs.go:17:94: NotFound{...} escapes to heap:
./fmt_errorf_verbs.go:17:94:   flow: {heap} = &{storage for NotFound{...}}:
./fmt_errorf_verbs.go:17:94:     from NotFound{...} (spill) at ./fmt_errorf_verbs.go:17:94
./fmt_errorf_verbs.go:17:94:     from errors.Is(e1, NotFound{...}) (call parameter) at ./fmt_errorf_verbs.go:17:81
./fmt_errorf_verbs.go:18:6: nf escapes to heap:
./fmt_errorf_verbs.go:18:6:   flow: {heap} = &nf:
./fmt_errorf_verbs.go:18:6:     from &nf (address-of) at ./fmt_errorf_verbs.go:19:28
./fmt_errorf_verbs.go:18:6:     from &nf (interface-converted) at ./fmt_errorf_verbs.go:19:28
./fmt_errorf_verbs.go:18:6:     from errors.As(e1, &nf) (call parameter) at ./fmt_errorf_verbs.go:19:23
./fmt_errorf_verbs.go:21:27: base escapes to heap:
./fmt_errorf_verbs.go:21:27:   flow: {heap} = &{storage for base}:
./fmt_errorf_verbs.go:21:27:     from base (spill) at ./fmt_errorf_verbs.go:21:27
./fmt_errorf_verbs.go:21:27:     from errors.Is(e2, base) (call parameter) at ./fmt_errorf_verbs.go:21:27
./fmt_errorf_verbs.go:23:46: base escapes to heap:
./fmt_errorf_verbs.go:23:46:   flow: {heap} = &{storage for base}:
./fmt_errorf_verbs.go:23:46:     from base (spill) at ./fmt_errorf_verbs.go:23:46
./fmt_errorf_verbs.go:23:46:     from errors.Is(e3, base) (call parameter) at ./fmt_errorf_verbs.go:23:46
./fmt_errorf_verbs.go:28:57: "y" escapes to heap:
./fmt_errorf_verbs.go:28:57:   flow: {storage for ... argument} = &{storage for "y"}:
./fmt_errorf_verbs.go:28:57:     from "y" (spill) at ./fmt_errorf_verbs.go:28:57
./fmt_errorf_verbs.go:28:57:     from ... argument (slice-literal-element) at ./fmt_errorf_verbs.go:28:24
./fmt_errorf_verbs.go:28:57:   flow: {heap} = {storage for ... argument}:
./fmt_errorf_verbs.go:28:57:     from ... argument (spill) at ./fmt_errorf_verbs.go:28:24
./fmt_errorf_verbs.go:28:57:     from fmt.Errorf("%v %w %s", ... argument...) (call parameter) at ./fmt_errorf_verbs.go:28:24
./fmt_errorf_verbs.go:28:37: 1 escapes to heap:
./fmt_errorf_verbs.go:28:37:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_errorf_verbs.go:28:37:     from 1 (spill) at ./fmt_errorf_verbs.go:28:37
./fmt_errorf_verbs.go:28:37:     from ... argument (slice-literal-element) at ./fmt_errorf_verbs.go:28:24
./fmt_errorf_verbs.go:28:37:   flow: {heap} = {storage for ... argument}:
./fmt_errorf_verbs.go:28:37:     from ... argument (spill) at ./fmt_errorf_verbs.go:28:24
./fmt_errorf_verbs.go:28:37:     from fmt.Errorf("%v %w %s", ... argument...) (call parameter) at ./fmt_errorf_verbs.go:28:24
./fmt_errorf_verbs.go:27:51: base escapes to heap:
./fmt_errorf_verbs.go:27:51:   flow: {storage for ... argument} = &{storage for base}:
./fmt_errorf_verbs.go:27:51:     from base (spill) at ./fmt_errorf_verbs.go:27:51
./fmt_errorf_verbs.go:27:51:     from ... argument (slice-literal-element) at ./fmt_errorf_verbs.go:27:50
./fmt_errorf_verbs.go:27:51:   flow: {heap} = {storage for ... argument}:
./fmt_errorf_verbs.go:27:51:     from ... argument (spill) at ./fmt_errorf_verbs.go:27:50
./fmt_errorf_verbs.go:27:51:     from fmt.Errorf("extra", ... argument...) (call parameter) at ./fmt_errorf_verbs.go:27:50
./fmt_errorf_verbs.go:26:25: base escapes to heap:
./fmt_errorf_verbs.go:26:25:   flow: {storage for ... argument} = &{storage for base}:
./fmt_errorf_verbs.go:26:25:     from base (spill) at ./fmt_errorf_verbs.go:26:25
./fmt_errorf_verbs.go:26:25:     from ... argument (slice-literal-element) at ./fmt_errorf_verbs.go:26:24
./fmt_errorf_verbs.go:26:25:   flow: {heap} = {storage for ... argument}:
./fmt_errorf_verbs.go:26:25:     from ... argument (spill) at ./fmt_errorf_verbs.go:26:24
./fmt_errorf_verbs.go:26:25:     from fmt.Errorf("%#v %+v", ... argument...) (call parameter) at ./fmt_errorf_verbs.go:26:24
./fmt_errorf_verbs.go:26:25: base escapes to heap:
./fmt_errorf_verbs.go:26:25:   flow: {storage for ... argument} = &{storage for base}:
./fmt_errorf_verbs.go:26:25:     from base (spill) at ./fmt_errorf_verbs.go:26:25
./fmt_errorf_verbs.go:26:25:     from ... argument (slice-literal-element) at ./fmt_errorf_verbs.go:26:24
./fmt_errorf_verbs.go:26:25:   flow: {heap} = {storage for ... argument}:
./fmt_errorf_verbs.go:26:25:     from ... argument (spill) at ./fmt_errorf_verbs.go:26:24
./fmt_errorf_verbs.go:26:25:     from fmt.Errorf("%#v %+v", ... argument...) (call parameter) at ./fmt_errorf_verbs.go:26:24
./fmt_errorf_verbs.go:25:13: base escapes to heap:
./fmt_errorf_verbs.go:25:13:   flow: {storage for ... argument} = &{storage for base}:
./fmt_errorf_verbs.go:25:13:     from base (spill) at ./fmt_errorf_verbs.go:25:13
./fmt_errorf_verbs.go:25:13:     from ... argument (slice-literal-element) at ./fmt_errorf_verbs.go:25:12
./fmt_errorf_verbs.go:25:13:   flow: {heap} = {storage for ... argument}:
./fmt_errorf_verbs.go:25:13:     from ... argument (spill) at ./fmt_errorf_verbs.go:25:12
./fmt_errorf_verbs.go:25:13:     from fmt.Printf("%T|%T|%T\n", ... argument...) (call parameter) at ./fmt_errorf_verbs.go:25:12
./fmt_errorf_verbs.go:24:51: base escapes to heap:
./fmt_errorf_verbs.go:24:51:   flow: {storage for ... argument} = &{storage for base}:
./fmt_errorf_verbs.go:24:51:     from base (spill) at ./fmt_errorf_verbs.go:24:51
./fmt_errorf_verbs.go:24:51:     from ... argument (slice-literal-element) at ./fmt_errorf_verbs.go:24:50
./fmt_errorf_verbs.go:24:51:   flow: {heap} = {storage for ... argument}:
./fmt_errorf_verbs.go:24:51:     from ... argument (spill) at ./fmt_errorf_verbs.go:24:50
./fmt_errorf_verbs.go:24:51:     from fmt.Errorf("%w", ... argument...) (call parameter) at ./fmt_errorf_verbs.go:24:50
./fmt_errorf_verbs.go:24:25: base escapes to heap:
./fmt_errorf_verbs.go:24:25:   flow: {storage for ... argument} = &{storage for base}:
./fmt_errorf_verbs.go:24:25:     from base (spill) at ./fmt_errorf_verbs.go:24:25
./fmt_errorf_verbs.go:24:25:     from ... argument (slice-literal-element) at ./fmt_errorf_verbs.go:24:24
./fmt_errorf_verbs.go:24:25:   flow: {heap} = {storage for ... argument}:
./fmt_errorf_verbs.go:24:25:     from ... argument (spill) at ./fmt_errorf_verbs.go:24:24
./fmt_errorf_verbs.go:24:25:     from fmt.Errorf("%w", ... argument...) (call parameter) at ./fmt_errorf_verbs.go:24:24
./fmt_errorf_verbs.go:24:37: fmt.Errorf("%w", ... argument...) != fmt.Errorf("%w", ... argument...) escapes to heap:
./fmt_errorf_verbs.go:24:37:   flow: {storage for ... argument} = &{storage for fmt.Errorf("%w", ... argument...) != fmt.Errorf("%w", ... argument...)}:
./fmt_errorf_verbs.go:24:37:     from fmt.Errorf("%w", ... argument...) != fmt.Errorf("%w", ... argument...) (spill) at ./fmt_errorf_verbs.go:24:37
./fmt_errorf_verbs.go:24:37:     from ... argument (slice-literal-element) at ./fmt_errorf_verbs.go:24:13
./fmt_errorf_verbs.go:24:37:   flow: {heap} = {storage for ... argument}:
./fmt_errorf_verbs.go:24:37:     from ... argument (spill) at ./fmt_errorf_verbs.go:24:13
./fmt_errorf_verbs.go:24:37:     from fmt.Println(... argument...) (call parameter) at ./fmt_errorf_verbs.go:24:13
./fmt_errorf_verbs.go:23:46: errors.Is(e3, base) escapes to heap:
./fmt_errorf_verbs.go:23:46:   flow: {storage for ... argument} = &{storage for errors.Is(e3, base)}:
./fmt_errorf_verbs.go:23:46:     from errors.Is(e3, base) (spill) at ./fmt_errorf_verbs.go:23:46
./fmt_errorf_verbs.go:23:46:     from ... argument (slice-literal-element) at ./fmt_errorf_verbs.go:23:13
./fmt_errorf_verbs.go:23:46:   flow: {heap} = {storage for ... argument}:
./fmt_errorf_verbs.go:23:46:     from ... argument (spill) at ./fmt_errorf_verbs.go:23:13
./fmt_errorf_verbs.go:23:46:     from fmt.Println(... argument...) (call parameter) at ./fmt_errorf_verbs.go:23:13
./fmt_errorf_verbs.go:22:19: base escapes to heap:
./fmt_errorf_verbs.go:22:19:   flow: {storage for ... argument} = &{storage for base}:
./fmt_errorf_verbs.go:22:19:     from base (spill) at ./fmt_errorf_verbs.go:22:19
./fmt_errorf_verbs.go:22:19:     from ... argument (slice-literal-element) at ./fmt_errorf_verbs.go:22:18
./fmt_errorf_verbs.go:22:19:   flow: {heap} = {storage for ... argument}:
./fmt_errorf_verbs.go:22:19:     from ... argument (spill) at ./fmt_errorf_verbs.go:22:18
./fmt_errorf_verbs.go:22:19:     from fmt.Errorf("plain %v", ... argument...) (call parameter) at ./fmt_errorf_verbs.go:22:18
./fmt_errorf_verbs.go:21:27: errors.Is(e2, base) escapes to heap:
./fmt_errorf_verbs.go:21:27:   flow: {storage for ... argument} = &{storage for errors.Is(e2, base)}:
./fmt_errorf_verbs.go:21:27:     from errors.Is(e2, base) (spill) at ./fmt_errorf_verbs.go:21:27
./fmt_errorf_verbs.go:21:27:     from ... argument (slice-literal-element) at ./fmt_errorf_verbs.go:21:13
./fmt_errorf_verbs.go:21:27:   flow: {heap} = {storage for ... argument}:
./fmt_errorf_verbs.go:21:27:     from ... argument (spill) at ./fmt_errorf_verbs.go:21:13
./fmt_errorf_verbs.go:21:27:     from fmt.Println(... argument...) (call parameter) at ./fmt_errorf_verbs.go:21:13
./fmt_errorf_verbs.go:20:60: []string{...} escapes to heap:
./fmt_errorf_verbs.go:20:60:   flow: {storage for ... argument} = &{storage for []string{...}}:
./fmt_errorf_verbs.go:20:60:     from []string{...} (spill) at ./fmt_errorf_verbs.go:20:60
./fmt_errorf_verbs.go:20:60:     from ... argument (slice-literal-element) at ./fmt_errorf_verbs.go:20:18
./fmt_errorf_verbs.go:20:60:   flow: {heap} = {storage for ... argument}:
./fmt_errorf_verbs.go:20:60:     from ... argument (spill) at ./fmt_errorf_verbs.go:20:18
./fmt_errorf_verbs.go:20:60:     from fmt.Errorf("%d items: %v (wrapped: %w)", ... argument...) (call parameter) at ./fmt_errorf_verbs.go:20:18
./fmt_errorf_verbs.go:20:49: 3 escapes to heap:
./fmt_errorf_verbs.go:20:49:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_errorf_verbs.go:20:49:     from 3 (spill) at ./fmt_errorf_verbs.go:20:49
./fmt_errorf_verbs.go:20:49:     from ... argument (slice-literal-element) at ./fmt_errorf_verbs.go:20:18
./fmt_errorf_verbs.go:20:49:   flow: {heap} = {storage for ... argument}:
./fmt_errorf_verbs.go:20:49:     from ... argument (spill) at ./fmt_errorf_verbs.go:20:18
./fmt_errorf_verbs.go:20:49:     from fmt.Errorf("%d items: %v (wrapped: %w)", ... argument...) (call parameter) at ./fmt_errorf_verbs.go:20:18
./fmt_errorf_verbs.go:19:36: nf.Key escapes to heap:
./fmt_errorf_verbs.go:19:36:   flow: {storage for ... argument} = &{storage for nf.Key}:
./fmt_errorf_verbs.go:19:36:     from nf.Key (spill) at ./fmt_errorf_verbs.go:19:36
./fmt_errorf_verbs.go:19:36:     from ... argument (slice-literal-element) at ./fmt_errorf_verbs.go:19:13
./fmt_errorf_verbs.go:19:36:   flow: {heap} = {storage for ... argument}:
./fmt_errorf_verbs.go:19:36:     from ... argument (spill) at ./fmt_errorf_verbs.go:19:13
./fmt_errorf_verbs.go:19:36:     from fmt.Println(... argument...) (call parameter) at ./fmt_errorf_verbs.go:19:13
./fmt_errorf_verbs.go:19:23: errors.As(e1, &nf) escapes to heap:
./fmt_errorf_verbs.go:19:23:   flow: {storage for ... argument} = &{storage for errors.As(e1, &nf)}:
./fmt_errorf_verbs.go:19:23:     from errors.As(e1, &nf) (spill) at ./fmt_errorf_verbs.go:19:23
./fmt_errorf_verbs.go:19:23:     from ... argument (slice-literal-element) at ./fmt_errorf_verbs.go:19:13
./fmt_errorf_verbs.go:19:23:   flow: {heap} = {storage for ... argument}:
./fmt_errorf_verbs.go:19:23:     from ... argument (spill) at ./fmt_errorf_verbs.go:19:13
./fmt_errorf_verbs.go:19:23:     from fmt.Println(... argument...) (call parameter) at ./fmt_errorf_verbs.go:19:13
./fmt_errorf_verbs.go:17:81: errors.Is(e1, NotFound{...}) escapes to heap:
./fmt_errorf_verbs.go:17:81:   flow: {storage for ... argument} = &{storage for errors.Is(e1, NotFound{...})}:
./fmt_errorf_verbs.go:17:81:     from errors.Is(e1, NotFound{...}) (spill) at ./fmt_errorf_verbs.go:17:81
./fmt_errorf_verbs.go:17:81:     from ... argument (slice-literal-element) at ./fmt_errorf_verbs.go:17:13
./fmt_errorf_verbs.go:17:81:   flow: {heap} = {storage for ... argument}:
./fmt_errorf_verbs.go:17:81:     from ... argument (spill) at ./fmt_errorf_verbs.go:17:13
./fmt_errorf_verbs.go:17:81:     from fmt.Println(... argument...) (call parameter) at ./fmt_errorf_verbs.go:17:13
./fmt_errorf_verbs.go:17:50: errors.Is(e1, NotFound{...}) escapes to heap:
./fmt_errorf_verbs.go:17:50:   flow: {storage for ... argument} = &{storage for errors.Is(e1, NotFound{...})}:
./fmt_errorf_verbs.go:17:50:     from errors.Is(e1, NotFound{...}) (spill) at ./fmt_errorf_verbs.go:17:50
./fmt_errorf_verbs.go:17:50:     from ... argument (slice-literal-element) at ./fmt_errorf_verbs.go:17:13
./fmt_errorf_verbs.go:17:50:   flow: {heap} = {storage for ... argument}:
./fmt_errorf_verbs.go:17:50:     from ... argument (spill) at ./fmt_errorf_verbs.go:17:13
./fmt_errorf_verbs.go:17:50:     from fmt.Println(... argument...) (call parameter) at ./fmt_errorf_verbs.go:17:13
./fmt_errorf_verbs.go:17:32: errors.Unwrap(e1) == base escapes to heap:
./fmt_errorf_verbs.go:17:32:   flow: {storage for ... argument} = &{storage for errors.Unwrap(e1) == base}:
./fmt_errorf_verbs.go:17:32:     from errors.Unwrap(e1) == base (spill) at ./fmt_errorf_verbs.go:17:32
./fmt_errorf_verbs.go:17:32:     from ... argument (slice-literal-element) at ./fmt_errorf_verbs.go:17:13
./fmt_errorf_verbs.go:17:32:   flow: {heap} = {storage for ... argument}:
./fmt_errorf_verbs.go:17:32:     from ... argument (spill) at ./fmt_errorf_verbs.go:17:13
./fmt_errorf_verbs.go:17:32:     from fmt.Println(... argument...) (call parameter) at ./fmt_errorf_verbs.go:17:13
./fmt_errorf_verbs.go:14:36: base escapes to heap:
./fmt_errorf_verbs.go:14:36:   flow: {storage for ... argument} = &{storage for base}:
./fmt_errorf_verbs.go:14:36:     from base (spill) at ./fmt_errorf_verbs.go:14:36
./fmt_errorf_verbs.go:14:36:     from ... argument (slice-literal-element) at ./fmt_errorf_verbs.go:14:18
./fmt_errorf_verbs.go:14:36:   flow: {heap} = {storage for ... argument}:
./fmt_errorf_verbs.go:14:36:     from ... argument (spill) at ./fmt_errorf_verbs.go:14:18
./fmt_errorf_verbs.go:14:36:     from fmt.Errorf("lookup %q: %w", ... argument...) (call parameter) at ./fmt_errorf_verbs.go:14:18
./fmt_errorf_verbs.go:14:36: "k1" escapes to heap:
./fmt_errorf_verbs.go:14:36:   flow: {storage for ... argument} = &{storage for "k1"}:
./fmt_errorf_verbs.go:14:36:     from "k1" (spill) at ./fmt_errorf_verbs.go:14:36
./fmt_errorf_verbs.go:14:36:     from ... argument (slice-literal-element) at ./fmt_errorf_verbs.go:14:18
./fmt_errorf_verbs.go:14:36:   flow: {heap} = {storage for ... argument}:
./fmt_errorf_verbs.go:14:36:     from ... argument (spill) at ./fmt_errorf_verbs.go:14:18
./fmt_errorf_verbs.go:14:36:     from fmt.Errorf("lookup %q: %w", ... argument...) (call parameter) at ./fmt_errorf_verbs.go:14:18
./fmt_errorf_verbs.go:20:60: []string{...} escapes to heap:
./fmt_errorf_verbs.go:20:60:   flow: {storage for []string{...}} = &{storage for []string{...}}:
./fmt_errorf_verbs.go:20:60:     from []string{...} (spill) at ./fmt_errorf_verbs.go:20:60
./fmt_errorf_verbs.go:20:60:     from []string{...} (interface-converted) at ./fmt_errorf_verbs.go:20:60
./fmt_errorf_verbs.go:18:6: moved to heap: nf
./fmt_errorf_verbs.go:14:18: ... argument does not escape
./fmt_errorf_verbs.go:14:36: "k1" escapes to heap
./fmt_errorf_verbs.go:14:36: base escapes to heap
./fmt_errorf_verbs.go:15:13: ... argument does not escape
./fmt_errorf_verbs.go:16:12: ... argument does not escape
./fmt_errorf_verbs.go:17:13: ... argument does not escape
./fmt_errorf_verbs.go:17:32: errors.Unwrap(e1) == base escapes to heap
./fmt_errorf_verbs.go:17:50: errors.Is(e1, NotFound{...}) escapes to heap
./fmt_errorf_verbs.go:17:63: NotFound{...} escapes to heap
./fmt_errorf_verbs.go:17:81: errors.Is(e1, NotFound{...}) escapes to heap
./fmt_errorf_verbs.go:17:94: NotFound{...} escapes to heap
./fmt_errorf_verbs.go:19:13: ... argument does not escape
./fmt_errorf_verbs.go:19:23: errors.As(e1, &nf) escapes to heap
./fmt_errorf_verbs.go:19:36: nf.Key escapes to heap
./fmt_errorf_verbs.go:20:18: ... argument does not escape
./fmt_errorf_verbs.go:20:49: 3 escapes to heap
./fmt_errorf_verbs.go:20:60: []string{...} escapes to heap
./fmt_errorf_verbs.go:20:60: []string{...} escapes to heap
./fmt_errorf_verbs.go:21:13: ... argument does not escape
./fmt_errorf_verbs.go:21:27: errors.Is(e2, base) escapes to heap
./fmt_errorf_verbs.go:21:27: base escapes to heap
./fmt_errorf_verbs.go:22:18: ... argument does not escape
./fmt_errorf_verbs.go:22:19: base escapes to heap
./fmt_errorf_verbs.go:23:13: ... argument does not escape
./fmt_errorf_verbs.go:23:46: errors.Is(e3, base) escapes to heap
./fmt_errorf_verbs.go:23:46: base escapes to heap
./fmt_errorf_verbs.go:24:13: ... argument does not escape
./fmt_errorf_verbs.go:24:37: fmt.Errorf("%w", ... argument...) != fmt.Errorf("%w", ... argument...) escapes to heap
./fmt_errorf_verbs.go:24:24: ... argument does not escape
./fmt_errorf_verbs.go:24:25: base escapes to heap
./fmt_errorf_verbs.go:24:50: ... argument does not escape
./fmt_errorf_verbs.go:24:51: base escapes to heap
./fmt_errorf_verbs.go:25:12: ... argument does not escape
./fmt_errorf_verbs.go:25:13: base escapes to heap
./fmt_errorf_verbs.go:26:13: ... argument does not escape
./fmt_errorf_verbs.go:26:24: ... argument does not escape
./fmt_errorf_verbs.go:26:25: base escapes to heap
./fmt_errorf_verbs.go:26:25: base escapes to heap
./fmt_errorf_verbs.go:27:13: ... argument does not escape
./fmt_errorf_verbs.go:27:50: ... argument does not escape
./fmt_errorf_verbs.go:27:51: base escapes to heap
./fmt_errorf_verbs.go:28:13: ... argument does not escape
./fmt_errorf_verbs.go:28:24: ... argument does not escape
./fmt_errorf_verbs.go:28:37: 1 escapes to heap
./fmt_errorf_verbs.go:28:57: "y" escapes to heap
