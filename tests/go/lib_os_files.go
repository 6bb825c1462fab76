package main

import (
	"fmt"
	"os"
)

func main() {
	name := "/tmp/vm_golden_lib_os_files.txt"
	err := os.WriteFile(name, []byte("hello\nworld\n"), 0644)
	fmt.Println(err, err == nil)
	data, err := os.ReadFile(name)
	fmt.Printf("%q %d %d %v\n", data, len(data), cap(data), err)
	big := make([]byte, 3000)
	for i := range big {
		big[i] = byte('a' + i%26)
	}
	err = os.WriteFile(name, big, 0600)
	data, err = os.ReadFile(name)
	fmt.Println(len(data), cap(data), err, string(data[2990:]))
	fmt.Println(os.Remove(name))
	fmt.Println(os.Remove(name))
	data, err = os.ReadFile(name)
	fmt.Println(data == nil, len(data), err)
	fmt.Printf("%v|%s|%q|%T\n", err, err, err, err)
	_, err = os.ReadFile("/")
	fmt.Println(err)
	err = os.WriteFile("/nonexistent-dir/x", nil, 0644)
	fmt.Println(err)
	err = os.WriteFile("/", nil, 0644)
	fmt.Println(err)
	_, err = os.ReadFile("")
	fmt.Println(err)
}
