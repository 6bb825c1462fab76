package main

import (
	"fmt"
	"os"
)

// Only reads and failing writes: ctest may run this program twice at once
// (go_lib_os_files and golden_noescape), so it must not create files.
func main() {
	data, err := os.ReadFile("lib_os_files.go")
	fmt.Printf("%q %d %v\n", data[:12], len(data), err)
	fmt.Println(cap(data) == len(data)+1 || cap(data) == 512)
	name := "/tmp/vm-golden-surely-missing/file.txt"
	data, err = os.ReadFile(name)
	fmt.Println(data == nil, len(data), err)
	fmt.Printf("%v|%s|%q|%T\n", err, err, err, err)
	fmt.Println(os.Remove(name))
	_, err = os.ReadFile("/")
	fmt.Println(err)
	err = os.WriteFile("/nonexistent-dir/x", nil, 0644)
	fmt.Println(err)
	err = os.WriteFile("/", []byte("x"), 0644)
	fmt.Println(err)
	_, err = os.ReadFile("")
	fmt.Println(err)
}
