package main

import "fmt"

type User struct {
	Name  string `json:"name" xml:"n"`
	Email string `json:"email,omitempty"`
	age   int    "raw tag"
}

type Plain struct {
	Name  string
	Email string
	age   int
}

func main() {
	u := User{"ann", "a@x", 30}
	// tags are ignored for conversion since Go 1.8
	p := Plain(u)
	fmt.Println(p, u == User(p))
	fmt.Printf("%v %+v\n", u, u)
	anon := struct {
		A int `k:"v"`
	}{1}
	var b struct{ A int } = struct{ A int }(anon)
	fmt.Println(b)
}
