// Embedded (anonymous) fields: promoted fields read and written through the
// outer struct, explicit access by the type name, and shadowing.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

type Timestamps struct {
	Created, Updated int
}

type User struct {
	Base
	Timestamps
	Name  string // shadows Base.Name
	Email string
}

func main() {
	u := User{Base: Base{1, "base"}, Name: "outer", Email: "u@x"}
	fmt.Println(u.ID, u.Name, u.Base.Name, u.Email)
	u.ID = 7
	u.Created = 100
	u.Timestamps.Updated = 200
	fmt.Println(u.Base.ID, u.Created, u.Updated)
	fmt.Printf("%v\n%+v\n", u, u)

	p := &u
	p.ID++
	p.Updated++
	fmt.Println(u.ID, u.Updated)

	b := u.Base
	b.ID = 0
	fmt.Println(u.ID, b.ID)
}
