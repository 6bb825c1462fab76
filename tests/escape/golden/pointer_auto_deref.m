./pointer_auto_deref.go:17:7: &Node{...} does not escape
./pointer_auto_deref.go:18:11: &Node{...} escapes to heap
./pointer_auto_deref.go:19:16: &Node{...} escapes to heap
./pointer_auto_deref.go:20:13: ... argument does not escape
./pointer_auto_deref.go:20:15: n.Val escapes to heap
./pointer_auto_deref.go:20:27: n.Next.Val escapes to heap
./pointer_auto_deref.go:20:44: n.Next.Next.Val escapes to heap
./pointer_auto_deref.go:20:67: n.Next.Next.Next == nil escapes to heap
./pointer_auto_deref.go:22:13: ... argument does not escape
./pointer_auto_deref.go:22:23: (*n).Next.Val escapes to heap
./pointer_auto_deref.go:22:41: (*(*n).Next).Val escapes to heap
./pointer_auto_deref.go:24:7: &Grid{} does not escape
./pointer_auto_deref.go:28:13: ... argument does not escape
./pointer_auto_deref.go:28:15: g.Cells escapes to heap
./pointer_auto_deref.go:28:26: len(row) escapes to heap
./pointer_auto_deref.go:30:9: &[4]string{...} escapes to heap
./pointer_auto_deref.go:32:14: v + v escapes to heap
./pointer_auto_deref.go:34:13: ... argument does not escape
./pointer_auto_deref.go:34:14: *arr escapes to heap
./pointer_auto_deref.go:34:23: arr[1:3] escapes to heap
./pointer_auto_deref.go:34:33: len(arr) escapes to heap
./pointer_auto_deref.go:38:13: ... argument does not escape
./pointer_auto_deref.go:38:17: len(nilArr) escapes to heap
./pointer_auto_deref.go:38:30: cap(nilArr) escapes to heap
./pointer_auto_deref.go:42:13: ... argument does not escape
./pointer_auto_deref.go:42:15: n.Val escapes to heap
./pointer_auto_deref.go:48:13: ... argument does not escape
./pointer_auto_deref.go:48:13: sum escapes to heap
