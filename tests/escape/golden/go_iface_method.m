./go_iface_method.go:13:7: leaking param: w
./go_iface_method.go:13:24: out does not escape
./go_iface_method.go:13:62: ... argument does not escape
./go_iface_method.go:13:64: w.name escapes to heap
./go_iface_method.go:13:71: " " escapes to heap
./go_iface_method.go:13:71: id escapes to heap
./go_iface_method.go:17:7: p does not escape
./go_iface_method.go:17:25: out does not escape
./go_iface_method.go:17:74: ... argument does not escape
./go_iface_method.go:17:75: "p " escapes to heap
./go_iface_method.go:17:82: p.n escapes to heap
./go_iface_method.go:22:7: leaking param: r
./go_iface_method.go:22:35: ... argument does not escape
./go_iface_method.go:22:36: "close" escapes to heap
./go_iface_method.go:22:46: r.name escapes to heap
./go_iface_method.go:25:20: res{...} escapes to heap
./go_iface_method.go:27:2: res{...} escapes to heap
./go_iface_method.go:29:13: ... argument does not escape
./go_iface_method.go:29:14: "using" escapes to heap
./go_iface_method.go:34:21: []Worker{...} does not escape
./go_iface_method.go:34:23: W{...} escapes to heap
./go_iface_method.go:34:30: &P{...} escapes to heap
./go_iface_method.go:34:39: W{...} escapes to heap
./go_iface_method.go:38:17: []string{} does not escape
./go_iface_method.go:42:13: ... argument does not escape
./go_iface_method.go:42:17: len(got) escapes to heap
./go_iface_method.go:42:40: strings.Contains(strings.Join(got, ","), "p 11") escapes to heap
./go_iface_method.go:47:13: ... argument does not escape
./go_iface_method.go:47:23: time.Duration.String(pd) escapes to heap
./go_iface_method.go:47:35: time.Duration.Hours(pd) escapes to heap
./go_iface_method.go:47:47: time.Duration.Round(pd, time.Hour) escapes to heap
./go_iface_method.go:51:13: ... argument does not escape
./go_iface_method.go:51:24: (*strings.Builder).String(psb) escapes to heap
./go_iface_method.go:51:35: (*strings.Builder).Len(psb) escapes to heap
./go_iface_method.go:53:2: func literal does not escape
./go_iface_method.go:54:9: func literal does not escape
./go_iface_method.go:54:29: ... argument does not escape
./go_iface_method.go:54:30: "recovered:" escapes to heap
./go_iface_method.go:56:14: ... argument does not escape
./go_iface_method.go:56:24: time.Duration.String(nd) escapes to heap
./go_iface_method.go:58:8: func literal does not escape
./go_iface_method.go:58:28: ... argument does not escape
./go_iface_method.go:58:29: "recovered:" escapes to heap
./go_iface_method.go:61:13: ... argument does not escape
./go_iface_method.go:61:14: "not reached" escapes to heap
