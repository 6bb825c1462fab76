./iface_sort.go:11:11: leaking param: data
./iface_sort.go:26:7: a does not escape
./iface_sort.go:27:7: a does not escape
./iface_sort.go:28:49: byAge.Swap ignoring self-assignment in a[i], a[j] = a[j], a[i]
./iface_sort.go:28:49: byAge.Swap ignoring self-assignment in a[i], a[j] = a[j], a[i]
./iface_sort.go:28:7: a does not escape
./iface_sort.go:32:7: x does not escape
./iface_sort.go:33:7: x does not escape
./iface_sort.go:34:48: Ints.Swap ignoring self-assignment in x[i], x[j] = x[j], x[i]
./iface_sort.go:34:48: Ints.Swap ignoring self-assignment in x[i], x[j] = x[j], x[i]
./iface_sort.go:34:7: x does not escape
./iface_sort.go:39:20: []Person{...} escapes to heap
./iface_sort.go:40:12: byAge(people) escapes to heap
./iface_sort.go:42:14: ... argument does not escape
./iface_sort.go:42:16: p.Name escapes to heap
./iface_sort.go:42:24: p.Age escapes to heap
./iface_sort.go:44:12: Ints{...} escapes to heap
./iface_sort.go:45:6: xs escapes to heap
./iface_sort.go:46:13: ... argument does not escape
./iface_sort.go:46:13: xs escapes to heap
